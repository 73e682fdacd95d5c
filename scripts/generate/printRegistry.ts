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
    '/**',
    ` * Every schema of Graph ${plan.version} by the \`@odata.type\` a payload carries: the qualified name with and`,
    " * without the leading `#`, so that `GraphTypesByODataType[payload['@odata.type']]` finds its schema.",
    ' * @public',
    ' */',
    `export const GraphTypesByODataType: { readonly [K in keyof typeof GraphTypes as K | \`#\${K}\`]: (typeof GraphTypes)[K] } = /* @__PURE__ */ Object.fromEntries(`,
    `  Object.entries(GraphTypes).flatMap(([name, schema]) => [[name, schema], [\`#\${name}\`, schema]]),`,
    ') as never',
    '',
  ].join('\n')
