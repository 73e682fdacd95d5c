/**
 * The shape of the generated model of one Graph API version (`src/model/v1.0.ts`, `src/model/beta.ts`):
 * what Graph's metadata says about the namespace, as plain data. Merge, the emitters and the command
 * line read it, so that none of them names a Graph type or property by hand.
 */

/** The Microsoft Graph API versions the package models. @public */
export type ApiVersion = 'v1.0' | 'beta'

/** A deprecation of a property, from the CSDL's `Org.OData.Core.V1.Revisions` annotation. @public */
export interface ModelDeprecation {
  /** What to use instead, in Graph's words. */
  readonly description: string
  /** When it was deprecated (`YYYY-MM-DD`), when the CSDL says. */
  readonly date?: string
  /** When it is removed (`YYYY-MM-DD`), when the CSDL says. */
  readonly removalDate?: string
}

/** A structural or navigation property of a type, inherited ones included. @public */
export interface ModelProperty {
  /** The property's name, as in the payload (`sessions`, `participants_v2`). */
  readonly name: string
  /** The qualified name of its type, or of its items' type for a collection (`Edm.String`, `microsoft.graph.callRecords.session`). */
  readonly type: string
  /** Whether it is a collection (`Collection(…)` in the CSDL). */
  readonly collection: boolean
  /** Whether the value (for a collection: the items) may be null, as the CSDL says. */
  readonly nullable: boolean
  /** Whether it is a navigation property. */
  readonly navigation: boolean
  /** The qualified name of the type that declares it (a base type for an inherited property). */
  readonly declaredBy: string
  /**
   * For a collection of entities: the key its items are told apart by (`['id']`), the entity key of
   * the items' type. Absent for every other property.
   */
  readonly key?: readonly string[]
  /** Set when the property is deprecated. */
  readonly deprecated?: ModelDeprecation
}

/** An entity or complex type. @public */
export interface ModelType {
  /** An entity type (with a key, addressable by a path) or a complex type (a value inside one). */
  readonly kind: 'entity' | 'complex'
  /** `microsoft.graph.callRecords.callRecord`. */
  readonly qualifiedName: string
  /** `microsoft.graph.callRecords`. */
  readonly namespace: string
  /** The name in the CSDL: `callRecord`. */
  readonly name: string
  /** The name of its schema and static type in this package: `CallRecord`, `GraphUserIdentity`. */
  readonly schemaName: string
  /** The qualified name of the base type, when it has one. */
  readonly baseType?: string
  /** Every type derived from it, directly or not, in qualified-name order. */
  readonly derivedTypes: readonly string[]
  /** Abstract: a value is always one of its subtypes. */
  readonly abstract: boolean
  /** Open itself or through a base type: a value may carry properties the CSDL does not declare. */
  readonly open: boolean
  /** The entity key (inherited ones included), for an entity type. */
  readonly key?: readonly string[]
  /** Every property, inherited ones first, in CSDL order. */
  readonly properties: readonly ModelProperty[]
}

/** An enumeration. @public */
export interface ModelEnum {
  /** `microsoft.graph.callRecords.modality`. */
  readonly qualifiedName: string
  /** `microsoft.graph.callRecords`. */
  readonly namespace: string
  /** The name in the CSDL: `modality`. */
  readonly name: string
  /** The name of its schema in this package: `Modality`. */
  readonly schemaName: string
  /** The members, in CSDL order. */
  readonly members: readonly string[]
  /** Whether it has the sentinel `unknownFutureValue`, after which Graph adds members. */
  readonly evolvable: boolean
}

/** A parameter of a function. @public */
export interface ModelParameter {
  /** `fromDateTime`. */
  readonly name: string
  /** Qualified type name (`Edm.DateTimeOffset`). */
  readonly type: string
  /** Whether the CSDL allows null (its `Nullable` attribute; true when absent). */
  readonly nullable: boolean
}

/** A function bound to a type or a collection of it (`getPstnCalls`). @public */
export interface ModelFunction {
  /** `getPstnCalls`. */
  readonly name: string
  /** `microsoft.graph.callRecords.getPstnCalls`. */
  readonly qualifiedName: string
  /** The qualified name of the type it is bound to (of the items, when bound to a collection). */
  readonly bindingType: string
  /** Whether it is bound to a collection of `bindingType`. */
  readonly boundToCollection: boolean
  /** The parameters after the binding parameter, in CSDL order. */
  readonly parameters: readonly ModelParameter[]
  /** The qualified name of the type it returns (of the items, when it returns a collection). */
  readonly returnType: string
  /** Whether it returns a collection of `returnType` (answered by a page). */
  readonly returnsCollection: boolean
}

/** A page of a collection Graph returns (`value` and `@odata.nextLink`). @public */
export interface ModelPage {
  /** `microsoft.graph.callRecords.sessionCollectionResponse`. */
  readonly qualifiedName: string
  /** `SessionCollectionResponse`. */
  readonly schemaName: string
  /** The qualified name of its items' type. */
  readonly itemType: string
}

/** A key segment of a path: `{session-id}`. @public */
export interface ModelPathKey {
  /** The parameter's name: `session-id`. */
  readonly name: string
  /** The qualified name of the entity type it names one of. */
  readonly type: string
  /** The key property it stands for: `id`. */
  readonly property: string
}

/**
 * A read path of the API, as Graph's OpenAPI description lists it: an entity set or contained
 * collection, one entity of it, its `$count`, a single-valued navigation, or a bound function.
 * @public
 */
export interface ModelPath {
  /** `/communications/callRecords/{callRecord-id}/sessions`. */
  readonly path: string
  /** What the path reads: a collection, one entity, the count of a collection, or a function's result. */
  readonly kind: 'collection' | 'entity' | 'count' | 'function'
  /** The qualified name of what it returns (of the items, for a collection or a function that returns one). */
  readonly type: string
  /** The navigation properties from the root, in order (`['sessions', 'segments']`). */
  readonly navigation: readonly string[]
  /** The key segments, in order. */
  readonly keys: readonly ModelPathKey[]
  /** For a function: its qualified name. */
  readonly function?: string
  /** The qualified name of the page that answers a collection or a function that returns one. */
  readonly page?: string
}

/** What Graph's metadata says about microsoft.graph.callRecords in one API version. @public */
export interface GraphModel {
  /** The API version the model describes. */
  readonly apiVersion: ApiVersion
  /** `microsoft.graph.callRecords`. */
  readonly namespace: string
  /** Every entity and complex type (of callRecords and of the microsoft.graph types it uses), by qualified name. */
  readonly types: Readonly<Record<string, ModelType>>
  /** Every enumeration, by qualified name. */
  readonly enums: Readonly<Record<string, ModelEnum>>
  /** The bound functions, in name order. */
  readonly functions: readonly ModelFunction[]
  /** The pages Graph returns, in qualified-name order. */
  readonly pages: readonly ModelPage[]
  /** The read paths, in path order. */
  readonly paths: readonly ModelPath[]
  /** The qualified names of the types a record may be: the items of the pages, in qualified-name order. */
  readonly recordTypes: readonly string[]
}
