/** Prints the module of a polymorphic value `Any<Type>`: the declared type or any subtype, selected by `@odata.type`. */
import type { PolymorphicPlan } from './plan.js'
import { comment, header, importBlock, quote, staticType } from './text.js'

export const printPolymorphic = (p: PolymorphicPlan): string =>
  [
    header,
    importBlock(p.path, ['type Static', 'type TUnion'], new Set(), new Set(['Polymorphic']), new Map(p.members.map((m) => [m.name, m.path]))),
    '',
    '/**',
    comment(
      `A value declared as ${p.base}: ${p.members.map((m) => m.csdlName).join(', ')}, selected by \`@odata.type\`${
        p.abstract ? ' (required: the type is abstract)' : ` (absent: ${p.baseName})`
      }.`,
    ),
    ' *',
    ` * @see {@link ${p.docsUrl} | ${p.base}}`,
    ' * @public',
    ' */',
    `export const ${p.name}: TUnion<[${p.members.map((m) => `typeof ${m.name}`).join(', ')}]> = Polymorphic(${quote(p.base)}, [`,
    ...p.members.map((m) => `  ${m.name},`),
    '])',
    ...staticType(p.name),
  ].join('\n')
