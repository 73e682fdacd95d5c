/** Prints the module of one enum: its members tuple, its schema and its static type. */
import type { EnumPlan } from './plan.js'
import { header, importFrom, quote, staticType, typeDoc } from './text.js'

/** What the doc says of an enum's evolution: Graph's `unknownFutureValue` sentinel and what follows it. */
const evolution = (members: readonly string[]): string => {
  const sentinel = members.indexOf('unknownFutureValue')
  if (sentinel < 0) return 'Not evolvable: it has no `unknownFutureValue`, and a value outside these members is an error.'
  const later = members.slice(sentinel + 1)
  return `Evolvable: Graph sends \`unknownFutureValue\` in place of a member added later${
    later.length > 0
      ? ` (${later.map((m) => `\`${m}\``).join(', ')}, declared after it, only to clients that send \`Prefer: include-unknown-enum-members\`)`
      : ''
  }.`
}

export const printEnum = (e: EnumPlan): string =>
  [
    header,
    `import { type Static } from '@sinclair/typebox'`,
    `import { GraphEnum } from '${importFrom(e.path, '../odata')}'`,
    '',
    `/** The members of {@link (${e.name}:variable)}, in CSDL order. @public */`,
    `// prettier-ignore`,
    `export const ${e.name}Members = [${e.members.map(quote).join(', ')}] as const`,
    '',
    typeDoc(e.summary ?? `The Graph type ${e.qualifiedName}.`, [evolution(e.members)], e.docsUrl, e.qualifiedName),
    `export const ${e.name} = GraphEnum(${e.name}Members, {`,
    `  $id: ${quote(e.qualifiedName)},`,
    `  description: ${quote(e.summary ?? '')},`,
    `})`,
    ...staticType(e.name),
  ].join('\n')
