/** Prints index.ts, the schema entry of the version: every schema module's exports by name. */
import type { Plan } from './plan.js'
import { header } from './text.js'

/** Each schema module of the plan with what it exports, in path order. */
export const schemaExports = (plan: Plan): { path: string; exports: string[] }[] =>
  [
    ...plan.enums.map((e) => ({ path: e.path, exports: [e.name, `${e.name}Members`] })),
    ...plan.objects.map((o) => ({ path: o.path, exports: [o.name] })),
    ...plan.polymorphics.map((p) => ({ path: p.path, exports: [p.name] })),
    ...plan.pages.map((p) => ({ path: p.path, exports: [p.name] })),
  ].sort((a, b) => a.path.localeCompare(b.path))

export const printIndex = (plan: Plan): string =>
  [
    header,
    ...schemaExports(plan).map((m) => `export { ${m.exports.join(', ')} } from './${m.path}.js'`),
    `export { GraphTypes } from './graphTypes.js'`,
    `export * from '../changeNotification.js'`,
    `export * from '../edm.js'`,
    `export * from '../odata.js'`,
    '',
  ].join('\n')
