// Filled in by the OSR issue: the client BRON and verzuim use to ask OSR.
export {};
