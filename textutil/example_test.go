package textutil_test

import (
	"fmt"

	"github.com/sitrep/sitrep"
	"github.com/sitrep/sitrep/textutil"
)

func ExampleSentences() {
	text := "Clashes near Tal Afar\nLt. Gen. Karim Aziz said two rockets hit the U.S. base.Police said nobody died."
	for _, s := range textutil.Sentences(text) {
		fmt.Println(text[s.Start:s.End])
	}
	// Output:
	// Clashes near Tal Afar
	// Lt. Gen. Karim Aziz said two rockets hit the U.S. base.
	// Police said nobody died.
}

func ExampleTokens() {
	text := "Hashd al-Shaabi’s 25,000 fighters, a 12-year-old"
	for _, t := range textutil.Tokens(text, sitrep.Span{Start: 0, End: len(text)}) {
		fmt.Printf("%s:%s ", t.Text, t.Kind)
	}
	fmt.Println()
	// Output:
	// Hashd:Word al-Shaabi:Word ’s:Word 25,000:Number fighters:Word ,:Punct a:Word 12:Number -:Punct year-old:Word
}

func ExampleNameKey() {
	fmt.Println(textutil.NameKey("Ḩammām al-‘Alīl"))
	fmt.Println(textutil.NameKey("Ba’aj"), textutil.NameKey("BA'AJ"))
	fmt.Println(textutil.StripArticles(textutil.NameKey("Ar-Raqqah")))
	// Output:
	// hammam al alil
	// baaj baaj
	// raqqah
}
