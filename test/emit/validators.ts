/**
 * The validators the tests run the emitted documents through: Ajv in strict mode, with ajv-formats,
 * for each JSON Schema dialect.
 */
import Ajv2020Module from 'ajv/dist/2020.js'
import AjvModule, { type ValidateFunction } from 'ajv'
import addFormatsModule from 'ajv-formats'
import { toJsonSchema, type JsonObject, type JsonSchemaDialect } from '../../src/emit/index.js'
import type { ApiVersion } from '../../src/model/types.js'
import { PERSONAL_DATA } from '../../src/schema/keywords.js'

// CommonJS modules whose `module.exports` also has itself as `default`: `.default` works both in the
// types (NodeNext) and at run time.
const Ajv2020 = Ajv2020Module.default
const Ajv = AjvModule.default
const addFormats = addFormatsModule.default

export type AjvInstance = InstanceType<typeof Ajv>

export interface AjvOptions {
  /** Load ajv-formats (default true); without it `format` is not checked (`validateFormats: false`). */
  readonly formats?: boolean
  readonly allErrors?: boolean
}

/** A strict Ajv of the dialect: every unknown keyword, unknown format or loose type is an error. */
export const strictAjv = (dialect: JsonSchemaDialect, options: AjvOptions = {}): AjvInstance => {
  const formats = options.formats ?? true
  const common = { strict: true, allErrors: options.allErrors ?? false, ...(formats ? {} : { validateFormats: false }) }
  const ajv = dialect === '2020-12' ? new Ajv2020(common) : new Ajv(common)
  if (formats) addFormats(ajv)
  // The package's one annotation keyword in the emitted documents: strict mode must be told it.
  ajv.addKeyword({ keyword: PERSONAL_DATA, schemaType: 'string' })
  return ajv
}

const KEY = 'callRecords'

/** A validator per definition of one emitted document, compiled on first use. */
export class DocumentValidators {
  readonly ajv: AjvInstance
  readonly document: JsonObject
  private readonly container: string
  private readonly cache = new Map<string, ValidateFunction>()

  constructor(
    readonly apiVersion: ApiVersion,
    readonly dialect: JsonSchemaDialect,
    options: AjvOptions = {},
  ) {
    this.ajv = strictAjv(dialect, options)
    this.document = toJsonSchema({ apiVersion, dialect })
    this.container = dialect === '2020-12' ? '$defs' : 'definitions'
    this.ajv.addSchema(this.document, KEY)
  }

  /** The names of the definitions. */
  get names(): string[] {
    return Object.keys(this.document[this.container] as JsonObject)
  }

  /** The validator of the definition `name` (a qualified Graph name). */
  of(name: string): ValidateFunction {
    let validate = this.cache.get(name)
    if (!validate) {
      validate = this.ajv.getSchema(`${KEY}#/${this.container}/${name}`)
      if (!validate) throw new Error(`no definition ${name}`)
      this.cache.set(name, validate)
    }
    return validate
  }
}
