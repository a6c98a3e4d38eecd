/** lib/spse: everything site-specific about SPSE. */
export { ROUTES, ROUTES_VERSION, routeById, patternToRegExp, pageDefSchema, routeTableSchema, signatureSchema, fieldMatcherSchema, fieldMapSchema, personAttributeSchema, pageRoleSchema, layoutSchema } from './routes';
export type { PageDef, PageDefInput, PageRole, SpseLayout, PersonAttribute, FieldMatcher, FieldMap, Signature, BuiltInPageId } from './routes';
export { recognise, explainRecognition, isSpsePage, splitBase, detectLayout, readPageFeatures, signatureScore, UNKNOWN_PAGE, MIN_CONFIDENCE } from './recognise';
export type { PageMatch, PageFeatures, CandidateScore, Recognition } from './recognise';
export { findField, locateFields, isFillable } from './fields';
export type { FieldLocation, FieldFound, FieldMissing, FieldElement, MatchedBy } from './fields';
export { parseSiteProfile, cssPathFor, teachPage, urlPatternFor, siteProfileSchema, siteProfilePageSchema, SITE_PROFILE_FORMAT, SITE_PROFILE_VERSION } from './profile';
export type { SiteProfile, SiteProfileInput, SiteProfilePage, ProfileParseResult } from './profile';
export { SPSE_MATCHES, SANDBOX_MATCHES, OPTIONAL_HOST_PATTERNS, originPatternFor } from './hosts';
export { PAGE_TITLES, pageTitle } from './titles';
export { readSpseMessage, SPSE_MESSAGE_RULES } from './messages';
export type { SpseMessage, SpseMessageKind, SpseMessageRule } from './messages';
