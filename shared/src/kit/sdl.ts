/**
 * SDL of the kit's value types; every department that uses the kit declares them verbatim in its schema.graphql
 * (a contract test checks it), as with WRITE_SDL.
 */
export const KIT_SDL = `"Paging state of a connection: pass endCursor as after for the next page."
type PageInfo @shareable {
  "Cursor of the last node of this page (opaque); null on an empty first page."
  endCursor: String
  "True when more nodes follow endCursor."
  hasNextPage: Boolean!
}

"A row deleted since the updatedSince of the request (a tombstone): its natural key and when."
type DeletedRow @shareable {
  "Natural key of the deleted row, its fields joined with |, as in the audit trail."
  key: String!
  "When it was deleted (ISO-8601 UTC)."
  deletedAt: String!
}

"An approved (locked) period of a department: a year, in one district or the whole province. Writes into it are refused with PERIOD_LOCKED."
type PeriodLock @shareable {
  "Department whose data is locked."
  department: String!
  "Data year locked."
  year: Int!
  "GSO code of the district locked; null = the whole province."
  districtCode: String
  "When it was locked (ISO-8601 UTC)."
  lockedAt: String!
  "Who locked it."
  lockedBy: String!
  "Why, as given when locking."
  note: String
}`;
