/** Prints graphTypes.ts: every schema of the version by its qualified Graph name. */
import type { Plan } from './plan.js'
import { header, quote } from './text.js'

export const printRegistry = (plan: Plan): string =>
  [
    header,
    ...plan.registry.map((r) => `import { ${r.name} } from './${r.path}.js'`),
    '',
    `/** Every type, enum and page schema of Graph ${plan.version}, by qualified Graph name. @public */`,
    `export const GraphTypes: {`,
    ...plan.registry.map((r) => `  readonly ${quote(r.qualifiedName)}: typeof ${r.name}`),
    `} = {`,
    ...plan.registry.map((r) => `  ${quote(r.qualifiedName)}: ${r.name},`),
    `}`,
    '',
  ].join('\n')
