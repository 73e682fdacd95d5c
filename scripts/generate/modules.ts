/** Every module generated for one API version: each part of the plan through its printer. */
import type { Plan } from './plan.js'
import { printEnum } from './printEnum.js'
import { printIndex } from './printIndex.js'
import { printModel } from './printModel.js'
import { printObject } from './printObject.js'
import { printPage } from './printPage.js'
import { printParsers } from './printParsers.js'
import { printPolymorphic } from './printPolymorphic.js'
import { printRegistry } from './printRegistry.js'

export interface Module {
  /** Relative to the project's root, with extension. */
  readonly file: string
  readonly text: string
}

/** The folders the generator owns for `version`: a file in them that it does not write is stale. */
export const generatedDirs = (version: string): string[] => [`src/schema/${version}`]

export const modulesOf = (plan: Plan): Module[] => {
  const schema = (path: string, text: string): Module => ({ file: `src/schema/${plan.version}/${path}.ts`, text })
  return [
    ...plan.enums.map((e) => schema(e.path, printEnum(e))),
    ...plan.objects.map((o) => schema(o.path, printObject(o))),
    ...plan.polymorphics.map((p) => schema(p.path, printPolymorphic(p))),
    ...plan.pages.map((p) => schema(p.path, printPage(p))),
    schema('graphTypes', printRegistry(plan)),
    schema('index', printIndex(plan)),
    { file: `src/parse/${plan.version}/parsers.ts`, text: printParsers(plan) },
    { file: `src/model/${plan.version}.ts`, text: printModel(plan) },
  ]
}
