package vocabulary

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"
)

// Limits of a vocabulary file.
const (
	maxFileSize   = 1 << 20
	maxLineLength = 64 << 10
)

// ParseError is a line of a vocabulary file that cannot be read.
type ParseError struct {
	File string
	Line int
	Err  error
}

// Error names the file and the line.
func (e *ParseError) Error() string { return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err) }

// Unwrap returns the reason.
func (e *ParseError) Unwrap() error { return e.Err }

// Parse reads the entries of a vocabulary file (see the package
// documentation for its form); name is used in errors.
func Parse(r io.Reader, name string) ([]Entry, error) {
	sc := bufio.NewScanner(io.LimitReader(r, maxFileSize+1))
	sc.Buffer(make([]byte, 0, 4096), maxLineLength)
	var out []Entry
	read, n := 0, 0
	for sc.Scan() {
		n++
		line := sc.Text()
		read += len(line) + 1
		if read > maxFileSize {
			return nil, &ParseError{name, n, fmt.Errorf("the file is larger than %d bytes", maxFileSize)}
		}
		line = strings.TrimSpace(strings.TrimPrefix(line, "\ufeff"))
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		head, rest, ok := cutAny(line, ":：")
		if !ok {
			return nil, &ParseError{name, n, fmt.Errorf("want kind.name: labels, got %q", line)}
		}
		kind, term, ok := strings.Cut(strings.TrimSpace(head), ".")
		if !ok {
			return nil, &ParseError{name, n, fmt.Errorf("%q is not kind.name (such as measure.adjusted)", head)}
		}
		e := Entry{Term: Term{Kind: Kind(kind), Name: term}}
		if !slices.Contains(Terms(), e.Term) {
			return nil, &ParseError{name, n, fmt.Errorf("no term %s (Terms lists them)", e.Term)}
		}
		for _, l := range strings.FieldsFunc(rest, func(r rune) bool { return r == ',' || r == '，' || r == '、' }) {
			if l = strings.TrimSpace(l); l != "" {
				e.Labels = append(e.Labels, l)
			}
		}
		if len(e.Labels) == 0 {
			return nil, &ParseError{name, n, fmt.Errorf("%s has no labels", e.Term)}
		}
		out = append(out, e)
	}
	if err := sc.Err(); err != nil {
		return nil, &ParseError{name, n + 1, err}
	}
	return out, nil
}

// cutAny cuts s around the first of the separators.
func cutAny(s, seps string) (before, after string, ok bool) {
	if i := strings.IndexAny(s, seps); i >= 0 {
		_, size := firstRune(s[i:])
		return s[:i], s[i+size:], true
	}
	return s, "", false
}

func firstRune(s string) (rune, int) {
	for _, r := range s {
		return r, len(string(r))
	}
	return 0, 0
}

// Load reads the vocabulary file at path and returns Default with its
// labels added. A line that cannot be read, or a term that does not exist,
// is an error that names the line.
func Load(path string) (*Vocabulary, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	entries, err := Parse(f, path)
	if err != nil {
		return nil, err
	}
	return Default().With(entries...)
}
