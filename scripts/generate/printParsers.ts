/** Prints src/parse/<version>/parsers.ts: `parseX` and `safeParseX` for what a user receives. */
import type { Plan } from './plan.js'
import { camel, header } from './text.js'

export const printParsers = (plan: Plan): string =>
  [
    header,
    `import { createParser, type ParseOptions, type SafeParseResult } from '../parser.js'`,
    `import { ${plan.parsed.map((p) => p.name).join(', ')} } from '../../schema/${plan.version}/index.js'`,
    '',
    ...plan.parsed.flatMap(({ qualifiedName, name }) => [
      `const ${camel(name)} = /* @__PURE__ */ createParser(${name})`,
      '',
      '/**',
      ` * Validates and normalizes a {@link (${name}:type)} (\`${qualifiedName}\`, Graph ${plan.version}); throws a`,
      ' * {@link CallRecordsParseError} that lists every issue. See {@link ParseOptions} for the modes.',
      ' * @public',
      ' */',
      `export const parse${name} = (value: unknown, options?: ParseOptions): ${name} => ${camel(name)}.parse(value, options)`,
      '',
      '/**',
      ` * Validates and normalizes a {@link (${name}:type)} (\`${qualifiedName}\`, Graph ${plan.version}); never throws.`,
      ' * @public',
      ' */',
      `export const safeParse${name} = (value: unknown, options?: ParseOptions): SafeParseResult<${name}> =>`,
      `  ${camel(name)}.safeParse(value, options)`,
      '',
    ]),
  ].join('\n')
