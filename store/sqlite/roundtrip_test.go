package sqlite

import (
	"bytes"
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/sitrep/sitrep"
)

// fill sets v (and everything it reaches) at random: pointers, lists and
// maps nil, empty or full, strings empty, plain, non-ASCII or (when bad)
// not valid UTF-8, so that every field of an event, including fields
// added later, is tried in every shape.
func fill(r *rand.Rand, v reflect.Value, bad bool, depth int) {
	switch v.Kind() {
	case reflect.String:
		words := []string{"", "Mosul", "Ḩalab «x»", "a <b> & \"c\"\n\u2028", "2024-03-02", "event"}
		s := words[r.IntN(len(words))]
		if bad && r.IntN(8) == 0 {
			s += "\xff\xfe" + s
		}
		v.SetString(s)
	case reflect.Bool:
		v.SetBool(r.IntN(2) == 0)
	case reflect.Int, reflect.Int64, reflect.Int32:
		v.SetInt(int64(r.IntN(2000) - 1000))
	case reflect.Float64:
		v.SetFloat((r.Float64() - 0.5) * 360)
	case reflect.Pointer:
		if r.IntN(3) == 0 || depth > 6 {
			v.SetZero()
			return
		}
		p := reflect.New(v.Type().Elem())
		fill(r, p.Elem(), bad, depth+1)
		v.Set(p)
	case reflect.Slice:
		switch r.IntN(3) {
		case 0:
			v.SetZero()
		default:
			n := r.IntN(3)
			s := reflect.MakeSlice(v.Type(), n, n)
			for i := range n {
				fill(r, s.Index(i), bad, depth+1)
			}
			v.Set(s)
		}
	case reflect.Map:
		switch r.IntN(3) {
		case 0:
			v.SetZero()
		default:
			m := reflect.MakeMap(v.Type())
			for range r.IntN(3) {
				k := reflect.New(v.Type().Key()).Elem()
				fill(r, k, bad, depth+1)
				x := reflect.New(v.Type().Elem()).Elem()
				fill(r, x, bad, depth+1)
				m.SetMapIndex(k, x)
			}
			v.Set(m)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				fill(r, v.Field(i), bad, depth+1)
			}
		}
	default:
		panic("fill: no rule for " + v.Kind().String())
	}
}

// scramble changes every value v holds or reaches, in place.
func scramble(v reflect.Value) {
	switch v.Kind() {
	case reflect.String:
		v.SetString(v.String() + "~")
	case reflect.Bool:
		v.SetBool(!v.Bool())
	case reflect.Int, reflect.Int64, reflect.Int32:
		v.SetInt(v.Int() + 1)
	case reflect.Float64:
		v.SetFloat(v.Float() + 1)
	case reflect.Pointer:
		if !v.IsNil() {
			scramble(v.Elem())
		}
	case reflect.Slice:
		for i := range v.Len() {
			scramble(v.Index(i))
		}
	case reflect.Map:
		for _, k := range v.MapKeys() {
			x := reflect.New(v.Type().Elem()).Elem()
			x.Set(v.MapIndex(k))
			scramble(x)
			v.SetMapIndex(k, x)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if v.Type().Field(i).IsExported() {
				scramble(v.Field(i))
			}
		}
	}
}

// roundTrip gives what decoding the stored record gives, field for field
// (nil and empty apart), and a copy that shares nothing with the event.
func TestRoundTripIsDecodeOfEncode(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 9))
	var copied, refused int
	for i := range 5000 {
		bad := i%2 == 1
		var ev sitrep.Event
		fill(r, reflect.ValueOf(&ev).Elem(), bad, 0)
		rec, err := encodeEvent(&ev)
		if err != nil {
			t.Fatalf("event %d: %v", i, err)
		}
		want, err := decodeEvent(rec)
		if err != nil {
			t.Fatalf("event %d: %v", i, err)
		}
		got, ok := roundTrip(&ev)
		if !ok {
			refused++
			// (JSON writes each byte that is not UTF-8 as \ufffd; no
			// string fill makes has that character)
			if !bytes.Contains(rec, []byte(`\ufffd`)) {
				t.Errorf("event %d: refused an event JSON keeps as it is:\n%s", i, rec)
			}
			continue
		}
		copied++
		if !reflect.DeepEqual(got, want) {
			g, _ := encodeEvent(&got)
			t.Fatalf("event %d: copy differs from the decoded record\nrecord %s\ncopy   %s\ngot  %#v\nwant %#v", i, rec, g, got, want)
		}
		// nothing shared: the event changed in place leaves the copy as
		// it was
		scramble(reflect.ValueOf(&ev).Elem())
		if again, _ := encodeEvent(&got); !bytes.Equal(again, rec) {
			t.Fatalf("event %d: the copy changed with the event\nbefore %s\nafter  %s", i, rec, again)
		}
	}
	if copied < 2000 || refused < 100 {
		t.Errorf("copied %d, refused %d: the shapes tried do not cover both", copied, refused)
	}
}
