// Filled in by the RIO issue: the client BRON and verzuim use to ask RIO.
export {};
