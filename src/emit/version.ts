/**
 * The version of this package, written into `info.version` of the OpenAPI documents. It is a constant
 * because `src/` cannot import `package.json`; test/emit checks that the two agree.
 */
export const PACKAGE_VERSION = '0.1.0'
