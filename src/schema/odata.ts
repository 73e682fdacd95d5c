/**
 * Building blocks shared by every generated schema: OData control information, nullability, enums,
 * polymorphic values and collection pages. Nothing here knows a Graph type by name.
 */
import {
  Kind,
  Array as _Array,
  Integer,
  Literal,
  Null,
  Object as _Object,
  Optional,
  String as _String,
  Union,
  Unsafe,
  type TUnsafe,
  type SchemaOptions,
  type TSchema,
  type TLiteral,
  type TNull,
  type TUnion,
  type TOptional,
  type TString,
  type TInteger,
  type TArray,
  type TObject,
} from '@sinclair/typebox'
import { GRAPH_BASE } from './keywords.js'

/** A value of `T` or `null`: a CSDL property without `Nullable="false"`. @public */
export const Nullable = <T extends TSchema>(schema: T, options: SchemaOptions = {}): TUnion<[T, TNull]> => Union([schema, Null()], options)

/**
 * A Graph enumeration as a union of string literals, in CSDL order. An enum that has the member
 * `unknownFutureValue` is evolvable: Graph adds new members after it.
 * @public
 */
export const GraphEnum = <const T extends readonly string[]>(members: T, options: SchemaOptions): TUnion<{ -readonly [K in keyof T]: TLiteral<T[K]> }> =>
  Union(
    members.map((member) => Literal(member)),
    options,
  ) as never

/**
 * A value whose declared Graph type has subtypes: one of `members`, selected by `@odata.type`.
 * `x-graph-base` names the declared type, which is the value's type when `@odata.type` is absent.
 * @public
 */
export const Polymorphic = <T extends TObject[]>(base: string, members: [...T], options: SchemaOptions = {}): TUnion<T> =>
  Union(members, { ...options, [GRAPH_BASE]: base }) as never

const escapeRegExp = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/** The names `@odata.type` may give the Graph type `Q`: with or without the leading `#`. @public */
export type ODataTypeName<Q extends string> = `#${Q}` | Q

/**
 * The schema of `@odata.type` for the Graph type `Q`: at run time a string schema (`Kind` `String`, so
 * that TypeBox, the parsers and the emitters read it as one), statically the literal names of `Q`, so
 * that comparing `@odata.type` narrows a polymorphic value.
 * @public
 */
export type TODataType<Q extends string> = TUnsafe<ODataTypeName<Q>> & TString

/**
 * `@odata.type` of a value of the Graph type `qualifiedName`, with or without the leading `#`.
 * @public
 */
export const ODataType = <const Q extends string>(qualifiedName: Q): TOptional<TODataType<Q>> =>
  Optional(
    Unsafe<ODataTypeName<Q>>({
      [Kind]: 'String',
      type: 'string',
      pattern: `^#?${escapeRegExp(qualifiedName)}$`,
      description: `The Graph type of the value: #${qualifiedName}.`,
    }) as TODataType<Q>,
  )

/** `@odata.context` or `<property>@odata.context`: the metadata URL of a payload. @public */
export const ODataContext = (): TOptional<TString> => Optional(_String({ description: 'OData context URL of the payload.' }))

/** `@odata.nextLink` or `<property>@odata.nextLink`: the URL of the next page. @public */
export const ODataNextLink = (): TOptional<TString> => Optional(_String({ description: 'URL of the next page; absent on the last page.' }))

/** `@odata.count` or `<property>@odata.count`: the number of items in the whole collection. @public */
export const ODataCount = (): TOptional<TInteger> => Optional(Integer({ minimum: 0, description: 'Number of items in the whole collection.' }))

/** `@odata.id`: the canonical URL of an entity. @public */
export const ODataId = (): TOptional<TString> => Optional(_String({ description: 'Canonical URL of the entity.' }))

/** The properties of a page of a collection, as Graph returns it: `value` and its control information. @public */
export type PageProperties<T extends TSchema> = {
  '@odata.context': TOptional<TString>
  '@odata.count': TOptional<TInteger>
  '@odata.nextLink': TOptional<TString>
  value: TArray<T>
}

/** A page of a collection: `value`, with `@odata.context`, `@odata.count` and `@odata.nextLink`. @public */
export const Page = <T extends TSchema>(item: T, options: SchemaOptions): TObject<PageProperties<T>> =>
  _Object(
    {
      '@odata.context': ODataContext(),
      '@odata.count': ODataCount(),
      '@odata.nextLink': ODataNextLink(),
      value: _Array(item),
    },
    options,
  )

/**
 * `schema` with its own annotations (a property's description) in place of those of its type; the
 * `$id` stays, so that an emitter still refers to the type by name.
 * @public
 */
export const Annotated = <T extends TSchema>(schema: T, options: SchemaOptions): T => ({ ...schema, ...options })

/**
 * What a parser needs to know of an enumeration: its members in CSDL order, whether it is evolvable,
 * and the members declared after `unknownFutureValue` (Graph sends those only to clients that send
 * `Prefer: include-unknown-enum-members`; others receive `unknownFutureValue`).
 * @public
 */
export interface EnumInfo {
  /** The members, in CSDL order. */
  readonly members: readonly string[]
  /** Whether the enumeration has the member `unknownFutureValue`, after which Graph adds new members. */
  readonly evolvable: boolean
  /** The members declared after `unknownFutureValue`. */
  readonly afterSentinel: readonly string[]
}

/**
 * {@link EnumInfo} of an enumeration schema (a union of string literals, such as `Modality`).
 * @example `enumInfo(ProductFamily).afterSentinel` is `['azureCommunicationServices']`.
 * @public
 */
export const enumInfo = (schema: TSchema): EnumInfo => {
  const members = ((schema as TSchema & { anyOf?: TSchema[] }).anyOf ?? [])
    .map((m) => (m as TSchema & { const?: unknown }).const)
    .filter((m): m is string => typeof m === 'string')
  const sentinel = members.indexOf('unknownFutureValue')
  return { members, evolvable: sentinel >= 0, afterSentinel: sentinel >= 0 ? members.slice(sentinel + 1) : [] }
}
