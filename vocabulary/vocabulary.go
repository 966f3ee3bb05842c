package vocabulary

import (
	"fmt"
	"slices"
)

// Kind is what a label names.
type Kind string

// The kinds of label.
const (
	// Measure is a column of a fund block, such as 全年预算数.
	Measure Kind = "measure"
	// Line is a row of a fund block, such as 年度资金总额.
	Line Kind = "line"
	// Class is a column of the economic classification, such as
	// 工资福利支出.
	Class Kind = "class"
	// Column is a column of an indicator table, such as 三级指标.
	Column Kind = "column"
	// Row is a summary row of an indicator table, such as 合计 or 评价等级.
	Row Kind = "row"
)

// Term is one thing a label may name: its kind and its name, such as
// measure.adjusted.
type Term struct {
	Kind Kind
	Name string
}

// String is the term as a vocabulary file writes it: "measure.adjusted".
func (t Term) String() string { return string(t.Kind) + "." + t.Name }

// Entry is a term with labels that name it.
type Entry struct {
	Term   Term
	Labels []string
}

// Vocabulary maps label keys (see Key) to terms, for each kind. It is
// immutable once made, and safe for concurrent use.
type Vocabulary struct {
	keys    map[Kind]map[string]string
	entries []Entry // as given, for Terms and documentation
}

// Lookup returns the name of the term of kind k that a label names, after
// Key.
func (v *Vocabulary) Lookup(k Kind, label string) (string, bool) {
	if v == nil {
		v = defaultVocabulary
	}
	name, ok := v.keys[k][Key(label)]
	return name, ok
}

// Is reports whether a label names the term.
func (v *Vocabulary) Is(t Term, label string) bool {
	name, ok := v.Lookup(t.Kind, label)
	return ok && name == t.Name
}

// Entries returns every term with its labels, the default ones and those
// added, in the order given.
func (v *Vocabulary) Entries() []Entry {
	if v == nil {
		v = defaultVocabulary
	}
	out := make([]Entry, len(v.entries))
	for i, e := range v.entries {
		out[i] = Entry{Term: e.Term, Labels: slices.Clone(e.Labels)}
	}
	return out
}

// Default returns the vocabulary of the forms jixiao knows.
func Default() *Vocabulary { return defaultVocabulary }

// With returns a copy of v with the labels of entries added to their
// terms. Every term must be one of Terms; a label may name one term of a
// kind only, so a label that already names another term of its kind is an
// error.
func (v *Vocabulary) With(entries ...Entry) (*Vocabulary, error) {
	if v == nil {
		v = defaultVocabulary
	}
	out := &Vocabulary{keys: map[Kind]map[string]string{}, entries: slices.Clone(v.entries)}
	for k, m := range v.keys {
		out.keys[k] = make(map[string]string, len(m))
		for key, name := range m {
			out.keys[k][key] = name
		}
	}
	for _, e := range entries {
		if !slices.Contains(Terms(), e.Term) {
			return nil, fmt.Errorf("vocabulary: no term %s (Terms lists them)", e.Term)
		}
		if err := out.add(e); err != nil {
			return nil, err
		}
		out.entries = append(out.entries, e)
	}
	return out, nil
}

func (v *Vocabulary) add(e Entry) error {
	m := v.keys[e.Term.Kind]
	if m == nil {
		m = map[string]string{}
		v.keys[e.Term.Kind] = m
	}
	for _, l := range e.Labels {
		key := Key(l)
		if key == "" {
			return fmt.Errorf("vocabulary: %s: an empty label", e.Term)
		}
		if name, ok := m[key]; ok && name != e.Term.Name {
			return fmt.Errorf("vocabulary: %q names both %s.%s and %s", l, e.Term.Kind, name, e.Term)
		}
		m[key] = e.Term.Name
	}
	return nil
}

// defaultVocabulary is made once from defaultEntries and never changed.
var defaultVocabulary = mustBuild(defaultEntries())

func mustBuild(entries []Entry) *Vocabulary {
	v := &Vocabulary{keys: map[Kind]map[string]string{}, entries: entries}
	for _, e := range entries {
		if err := v.add(e); err != nil {
			panic(err) // the default entries are this package's own
		}
	}
	return v
}

// Terms returns every term there is, in the order of the default
// vocabulary.
func Terms() []Term {
	var out []Term
	for _, e := range defaultEntries() {
		if !slices.Contains(out, e.Term) {
			out = append(out, e.Term)
		}
	}
	return out
}
