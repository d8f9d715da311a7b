// Package textutil holds the text primitives every extractor stands on:
// sentence spans, tokens, and the folding that makes two spellings of the
// same word compare equal.
//
// Everything here works on byte offsets into one immutable text (the
// cleaned Document.Text) and returns sitrep.Span values; nothing rewrites the
// text it is given. Fold and NameKey return new strings for lookups only;
// FoldIndex keeps the way back to the original offsets.
//
// The rules are data where they can be: the abbreviations that do not end a
// sentence live in abbreviations.txt, embedded in the binary and extendable
// with a user file through NewSplitter.
package textutil
