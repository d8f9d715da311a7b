package merge

import (
	"cmp"
	"math"
)

// Sibling support: two reports that already tell one incident alike are
// likely to tell the same cluster of incidents. A report of a raid on
// three villages, and another outlet's report of the same raid, name the
// same villages with the same tolls; when one of them gives no day (a
// dateline without a year) each village's record alone is gated ("vague
// date: nothing shared": a place and a small toll say too little), yet
// beside the confident pair the two reports share they say enough.
//
// So a pair the vague-date gate alone keeps from linking is a candidate
// all the same when
//
//   - its two reports are siblings: another record of one and another
//     record of the other are a confident pair (a candidate on their own,
//     scoring AnchorScore or more), and
//   - the pair fits closely (siblingFit): the same place, or one named
//     as inside the other; the same kind of incident; no figure told by
//     both that differs (the same or overlapping, not merely close); no
//     two different sides named as the ones that acted; and a figure told
//     by both that agrees (two phases of one offensive told by two reports
//     share a town, a kind and the sides, and are two incidents);
//   - and it scores Threshold or more, as any candidate must.
//
// Whether two reports are siblings is a function of their records only,
// never of the order records came in or of the groups found so far, so
// grouping stays independent of arrival order; Component compares a
// report's records again whenever any of them is (see Finder.Siblings).

// siblingSupport turns sibling support on; tests measure without it.
var siblingSupport = true

// AnchorScore is the least score of the pair that makes two reports
// siblings: a candidate on its own, and clear of the threshold by a point.
const AnchorScore = Threshold + 1

// maxSiblings is the most records a report may have for its records to
// be supported by a sibling: a digest of dozens of incidents shares one
// of them with many reports and says little about the others. It also
// bounds the comparisons a check makes.
const maxSiblings = 24

// siblingFit reports a pair close enough to link through sibling
// reports: what the vague-date gate keeps from linking alone.
func siblingFit(a, b *features) bool {
	if placeRelation(a, b) != "same place" && !namedInside(a, b) {
		return false
	}
	if t := typeRelation(a, b); t != "same sub-event" && t != "same kind" {
		return false
	}
	shared := false
	for _, c := range [2][2]span{{a.killed, b.killed}, {a.wounded, b.wounded}} {
		switch countRelation(c[0], c[1]) {
		case "same", "overlapping":
			shared = true
		case "silent":
		default:
			return false
		}
	}
	if !shared && !said(a) && !said(b) {
		// no figure on either side: a site named below its town, the
		// same act and the same side acting stand in for one
		shared = sameSiteAct(a, b)
	}
	return shared && actorRelation(a, b) != "other perpetrators"
}

// said reports a record that gives a figure, killed or wounded.
func said(f *features) bool { return f.killed.ok || f.wounded.ok }

// sameSiteAct reports two records of one act at one named site: the same
// name (spelling aside), placed inside a town by at least one of them (a
// mosque, a market, a quarter: not a town, where an offensive's phases
// meet), the same sub-event, and the same side named as the one that
// acted ("the militants blew up the mosque" in two reports that both tell
// its capture). Two reports telling phases of one battle for a town share
// the town, the kind and the sides; a named site blown up or stormed by
// the same side is told once.
func sameSiteAct(a, b *features) bool {
	if a.name == noSym || !samePlaceName(a, b) || a.sub == noSym || a.sub != b.sub || a.actor1 == noSym || a.actor1 != b.actor1 {
		return false
	}
	inTown := func(f *features) bool { return f.within != noSym && !similarNames(f.within, f.name) }
	return inTown(a) || inTown(b)
}

// namedInside reports one place said to be within the other by name (a
// village of a district, a quarter of a town): not two places only found
// in one province.
func namedInside(a, b *features) bool {
	return a.within != noSym && similarNames(a.within, b.name) ||
		b.within != noSym && similarNames(b.within, a.name)
}

// liftable reports a verdict that only the vague-date gate keeps from
// being a candidate, and that sibling support may make one.
func liftable(v Verdict, a, b *Record) bool {
	return siblingSupport && v.Gated && !v.Blocked && v.Score >= Threshold && siblingFit(&a.f, &b.f)
}

// support answers, within one Component, whether the reports of two
// records are siblings through a pair other than theirs.
// Documents are told apart by the hash of their id (features.doc), which
// is cheaper to look up than the id; entries are checked against the id.
type support struct {
	find    Finder
	sibs    map[uint64][]*Record       // the records of a document, as Finder.Siblings gave them
	anchors map[[2]uint64][][2]*Record // by document pair (lesser id first): the confident pairs, in that order
}

func newSupport(find Finder) *support {
	return &support{find: find, sibs: map[uint64][]*Record{}, anchors: map[[2]uint64][][2]*Record{}}
}

// siblings returns the records of r's document, asking the Finder once;
// seen is false the first time.
func (s *support) siblings(r *Record) (sibs []*Record, seen bool, err error) {
	if sibs, ok := s.sibs[r.f.doc]; ok && len(sibs) > 0 && sibs[0].Doc == r.Doc {
		return sibs, true, nil
	}
	if sibs, err = s.find.Siblings(r); err != nil {
		return nil, false, err
	}
	if len(sibs) > 0 && sibs[0].Doc == r.Doc {
		s.sibs[r.f.doc] = sibs
	}
	return sibs, false, nil
}

// supported reports whether another record of x's report and another of
// y's are a confident pair.
func (s *support) supported(x, y *Record) (bool, error) {
	if x.Doc == y.Doc {
		return false, nil
	}
	// a report of one record has no other to share an incident through
	for _, r := range [2]*Record{x, y} {
		sibs, _, err := s.siblings(r)
		if err != nil || len(sibs) < 2 {
			return false, err
		}
	}
	if cmp.Compare(x.Doc, y.Doc) > 0 {
		x, y = y, x
	}
	k := [2]uint64{x.f.doc, y.f.doc}
	as, ok := s.anchors[k]
	if ok && len(as) > 0 && (as[0][0].Doc != x.Doc || as[0][1].Doc != y.Doc) {
		ok = false // another pair of documents of the same hashes
	}
	if !ok {
		var err error
		if as, err = s.anchorsOf(x, y); err != nil {
			return false, err
		}
		s.anchors[k] = as
	}
	for _, a := range as {
		if a[0].Key != x.Key && a[1].Key != y.Key {
			return true, nil
		}
	}
	return false, nil
}

// anchorsOf returns the confident pairs between the reports of x and y
// that no analyst's decision keeps apart.
func (s *support) anchorsOf(x, y *Record) ([][2]*Record, error) {
	xs, _, err := s.siblings(x)
	if err != nil {
		return nil, err
	}
	ys, _, err := s.siblings(y)
	if err != nil {
		return nil, err
	}
	var apart func(a, b *Record) (bool, error)
	if d, ok := s.find.(ApartFinder); ok {
		apart = d.KeptApart
	}
	return notApart(anchorPairs(xs, ys), apart)
}

// ApartFinder is a Finder that knows the analyst's decisions. A pair an
// analyst has kept apart ("sitrep events split") is no anchor: two
// reports are not siblings through an incident someone has said they
// tell differently, and what they were linked by through it comes apart
// too. A Finder without decisions need not implement it.
type ApartFinder interface {
	// KeptApart reports whether the latest decision about a and b keeps
	// them in different incidents.
	KeptApart(a, b *Record) (bool, error)
}

// notApart drops the pairs apart reports as kept apart (none when apart
// is nil).
func notApart(pairs [][2]*Record, apart func(a, b *Record) (bool, error)) ([][2]*Record, error) {
	if apart == nil {
		return pairs, nil
	}
	out := pairs[:0]
	for _, p := range pairs {
		no, err := apart(p[0], p[1])
		if err != nil {
			return nil, err
		}
		if !no {
			out = append(out, p)
		}
	}
	return out, nil
}

// anchorPairs returns the confident pairs between two reports' records.
func anchorPairs(xs, ys []*Record) [][2]*Record {
	if len(xs) < 2 || len(ys) < 2 || len(xs) > maxSiblings || len(ys) > maxSiblings {
		return nil
	}
	var out [][2]*Record
	for _, a := range xs {
		for _, b := range ys {
			if v := weigh(a, b); v.Candidate() && v.Score >= AnchorScore && !math.IsInf(v.Score, 0) {
				out = append(out, [2]*Record{a, b})
			}
		}
	}
	return out
}

// Support explains a pair linked by sibling support: it returns the
// records of a's report (aSibs, a among them) and of b's (bSibs) that
// make the two reports siblings, when the rules alone do not make a and
// b a candidate and sibling support does. ok is false otherwise. apart,
// when not nil, tells the pairs an analyst has kept apart, which are no
// anchors (see ApartFinder).
func Support(a, b *Record, aSibs, bSibs []*Record, apart func(x, y *Record) (bool, error)) (x, y *Record, ok bool, err error) {
	if a.Doc == b.Doc {
		return nil, nil, false, nil
	}
	if v := weigh(a, b); v.Candidate() || !liftable(v, a, b) {
		return nil, nil, false, nil
	}
	pairs, err := notApart(anchorPairs(aSibs, bSibs), apart)
	if err != nil {
		return nil, nil, false, err
	}
	for _, p := range pairs {
		if p[0].Key != a.Key && p[1].Key != b.Key {
			return p[0], p[1], true, nil
		}
	}
	return nil, nil, false, nil
}
