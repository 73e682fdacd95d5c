/** Prints the module of a page: `value` with `@odata.nextLink`, as Graph returns a collection. */
import type { PagePlan } from './plan.js'
import { comment, header, importBlock, quote, staticType } from './text.js'

export const printPage = (page: PagePlan): string =>
  [
    header,
    importBlock(page.path, ['type Static', 'type TObject'], new Set(), new Set(['Page', 'type PageProperties']), new Map([[page.item.name, page.item.path]])),
    '',
    '/**',
    comment(`A page of ${page.itemName} values, as Graph returns it from ${page.sources.join(', ')}: \`value\` with \`@odata.nextLink\` until the last page.`),
    ' * @public',
    ' */',
    `export const ${page.name}: TObject<PageProperties<typeof ${page.item.name}>> = Page(${page.item.name}, {`,
    `  $id: ${quote(page.qualifiedName)},`,
    `  description: ${quote(`A page of ${page.itemName} values.`)},`,
    `})`,
    ...staticType(page.name),
  ].join('\n')
