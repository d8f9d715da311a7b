package sqlite

import (
	"context"
	"strings"
	"testing"

	"github.com/sitrep/sitrep"
)

// A report that comes again under its id with its text revised replaces
// the stored version: its events replace the old ones, and the old version
// stays, superseded (issue 9 item 4).
func TestRevisedReportReplacesItsEarlierVersion(t *testing.T) {
	ctx := context.Background()
	for _, tc := range []struct {
		name    string
		revised string
	}{
		{"one_word_changed", strings.Replace(wireStory, "four policemen", "five policemen", 1)},
		{"trailing_newline", wireStory + "\n"},
		{"crlf_line_ends", strings.ReplaceAll(wireCopy, "\n", "\r\n")},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := openTemp(t)
			first := wireStory
			if tc.name == "crlf_line_ends" {
				first = wireCopy
			}
			if _, _, err := s.AddDocument(ctx, newDoc("r1", first), []sitrep.Event{fullEvent("r1")}, nil); err != nil {
				t.Fatal(err)
			}
			// a copy of the story from another outlet, linked to r1
			if _, _, err := s.AddDocument(ctx, newDoc("copy", wireCopy2), nil, nil); err != nil {
				t.Fatal(err)
			}
			ev := fullEvent("r1")
			ev.Evidence[0].Text = "revised"
			res, err := s.AddDocuments(ctx, []Entry{{Doc: newDoc("r1", tc.revised), Events: []sitrep.Event{ev}}})
			if err != nil || res[0].Err != nil {
				t.Fatal(err, res[0].Err)
			}
			if !res[0].Added || res[0].ID != "r1" || !strings.HasPrefix(res[0].Replaced, "r1~") {
				t.Fatalf("result %+v, want the revision stored as r1 and the old version moved aside", res[0])
			}
			got, err := s.Events(ctx, sitrep.EventFilter{})
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != 1 || got[0].Evidence[0].Text != "revised" {
				t.Errorf("events after the revision: %d (%+v); want the new version's one", len(got), got)
			}
			cur, err := s.Document(ctx, "r1")
			if err != nil || cur.Text != tc.revised || cur.SupersededBy != "" {
				t.Errorf("current version: %+v, %v", cur, err)
			}
			old, err := s.Document(ctx, res[0].Replaced)
			if err != nil || old.Text != first || old.SupersededBy != "r1" {
				t.Errorf("old version: %+v, %v", old, err)
			}
			if d := duplicateOf(t, s, "copy"); d != "r1" {
				t.Errorf("the copy names %q, want r1", d)
			}
			// a later copy links to the current version, not the superseded one
			s.AddDocument(ctx, newDoc("copy3", "Copied: "+wireStory), nil, nil)
			if d := duplicateOf(t, s, "copy3"); d != "r1" {
				t.Errorf("a later copy names %q, want r1", d)
			}
		})
	}
	t.Run("another_report_under_a_taken_id_is_not_a_version", func(t *testing.T) {
		s := openTemp(t)
		s.AddDocument(ctx, newDoc("item-1", wireStory), []sitrep.Event{fullEvent("item-1")}, nil)
		_, id, err := s.AddDocument(ctx, newDoc("item-1", otherReport), []sitrep.Event{nullEvent("item-1")}, nil)
		if err != nil || !strings.HasPrefix(id, "item-1~") {
			t.Fatalf("stored as %q, %v; want a new id", id, err)
		}
		if st, _ := s.Stats(ctx); st.Documents != 2 || st.Records != 2 {
			t.Errorf("stats %+v, want both reports and both records", st)
		}
		if d, _ := s.Document(ctx, "item-1"); d.SupersededBy != "" {
			t.Errorf("the first report was marked superseded")
		}
	})
}
