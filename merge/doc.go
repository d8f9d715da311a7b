package merge

// Incident merging: the same incident told by several reports becomes one
// event. The pieces, each in its own file:
//
//   - record.go: Record, one extracted event record with what merging
//     needs of its report (copy group, publication day), and the features
//     the rules compare, worked out once.
//   - rules.go: the rule table (Rules) and Compare: where, when, what kind,
//     how many, who, each aspect a named relation with a weight, a block
//     or a gate; Threshold is what a pair needs.
//   - block.go: blocking (a record is compared only with records filed
//     near it in place and time), Component (the records a batch can
//     regroup; Gather, the same cut at the records Group leaves alone)
//     and Index, the in-memory Finder.
//   - siblings.go: sibling support: two reports that tell one incident
//     alike link their other records that fit closely, though a vague
//     date alone would keep them apart (AnchorScore).
//   - group.go: Group, agglomerative grouping with a veto, decisions
//     first, undated reports left alone when two incidents would take them.
//   - reconcile.go: Incident, the event of a group, its fields chosen by
//     source and its tolls reconciled as low/best/high.
//
// A store runs these on its side of the flow: it files each new record,
// gathers the component of a batch, groups it, and writes the events.
// Everything is a function of the set of records and decisions, never of
// the order they came in (see TestGroupDoesNotDependOnOrder and
// TestIncrementalMatchesBatch).
