/**
 * The package's own JSON Schema keywords: the knowledge of Graph that a standard keyword cannot carry.
 * Every schema builder writes them and every consumer (the parser compiler, the emitters, the tests)
 * reads them through these names, so a keyword is spelled once. This module imports nothing, so that
 * the schema entry points keep loading TypeBox alone.
 */

/** Names the Edm type behind a primitive's JSON type (`Edm.Int64`, `Edm.DateTimeOffset`…). */
export const EDM_TYPE = 'x-edm-type'

/**
 * Marks a polymorphic value and names its declared type (a qualified Graph name); its members are
 * selected by `@odata.type`, and the declared type is the value's type when `@odata.type` is absent.
 */
export const GRAPH_BASE = 'x-graph-base'

/**
 * Marks personal data, with its category (`identifier`, `name`, `contact`, `network`, `device`,
 * `freeText`). On a property's schema it says the value is personal; on an open object type it says
 * the properties the CSDL does not declare are. Written by the generator from metadata/personal-data.json.
 * @public
 */
export const PERSONAL_DATA = 'x-personal-data'
