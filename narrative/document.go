package narrative

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
)

// Document is a narrative report read as paragraphs of text, in order.
type Document struct {
	// Name is the name the report was given as, such as its path.
	Name string
	// Format is "txt" or "docx".
	Format string
	// Paragraphs are the report's non-empty paragraphs (a line of a .txt
	// file, a w:p of a .docx, table cells included), white space at their
	// ends trimmed. Paragraph numbers in findings count from 1.
	Paragraphs []string
}

// Options are the limits a report is read within. The zero value gives
// the defaults.
type Options struct {
	// MaxBytes is the largest file read; 0 means DefaultMaxBytes.
	MaxBytes int64
	// MaxInflated is the largest document part of a .docx once inflated;
	// 0 means DefaultMaxInflated.
	MaxInflated int64
	// MaxParagraphs is the most paragraphs read; 0 means
	// DefaultMaxParagraphs.
	MaxParagraphs int
}

// The default limits: far above any real report (the seed report is 12 KB
// of text in 40 paragraphs).
const (
	DefaultMaxBytes      = 32 << 20
	DefaultMaxInflated   = 64 << 20
	DefaultMaxParagraphs = 50000
)

func (o Options) maxBytes() int64    { return orDefault(o.MaxBytes, DefaultMaxBytes) }
func (o Options) maxInflated() int64 { return orDefault(o.MaxInflated, DefaultMaxInflated) }
func (o Options) maxParagraphs() int64 {
	return orDefault(int64(o.MaxParagraphs), DefaultMaxParagraphs)
}

func orDefault(v, def int64) int64 {
	if v <= 0 {
		return def
	}
	return v
}

// The errors a report is refused with; test them with errors.Is.
var (
	// ErrUnsupported: a PDF, a legacy .doc, or another binary file. Its
	// message says what to save the report as.
	ErrUnsupported = errors.New("report format not supported")
	// ErrTooLarge: the file, its inflated document, or its paragraphs are
	// past Options' limits.
	ErrTooLarge = errors.New("report too large")
	// ErrCorrupt: a damaged .docx (a zip that does not open, no
	// word/document.xml, damaged XML).
	ErrCorrupt = errors.New("report is corrupt")
	// ErrEncoding: a text file that is neither UTF-8, UTF-16 with a byte
	// order mark, nor GB18030.
	ErrEncoding = errors.New("report text encoding not recognised")
)

// Error is a report that could not be read: its name and the cause, which
// wraps one of the Err values.
type Error struct {
	Name string
	Err  error
}

func (e *Error) Error() string { return e.Name + ": " + e.Err.Error() }
func (e *Error) Unwrap() error { return e.Err }

// ReadFile reads the report at path.
func ReadFile(path string, opts Options) (*Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, err
	}
	return Read(f, info.Size(), path, opts)
}

// Read reads a report of size bytes from r, named name in errors: a .docx
// (told by its zip signature) or text. A PDF or a legacy .doc is refused
// with ErrUnsupported and a message saying to save it as .docx or .txt.
// Read never panics and stays within opts' limits; r is only read.
func Read(r io.ReaderAt, size int64, name string, opts Options) (*Document, error) {
	fail := func(err error) (*Document, error) { return nil, &Error{Name: name, Err: err} }
	if size < 0 || size > opts.maxBytes() {
		return fail(fmt.Errorf("%w: %d bytes, the limit is %d", ErrTooLarge, size, opts.maxBytes()))
	}
	head := make([]byte, min(size, 8))
	if _, err := r.ReadAt(head, 0); err != nil && err != io.EOF {
		return fail(err)
	}
	var doc *Document
	var err error
	switch {
	case bytes.HasPrefix(head, []byte("PK\x03\x04")), bytes.HasPrefix(head, []byte("PK\x05\x06")):
		doc, err = readDocx(r, size, opts)
	case bytes.HasPrefix(head, []byte("%PDF")):
		err = fmt.Errorf("%w: PDF is not supported: save the report as .docx or .txt", ErrUnsupported)
	case bytes.HasPrefix(head, []byte("\xD0\xCF\x11\xE0")):
		err = fmt.Errorf("%w: a legacy Word (.doc) file: save the report as .docx or .txt", ErrUnsupported)
	default:
		data := make([]byte, size)
		if _, rerr := r.ReadAt(data, 0); rerr != nil && rerr != io.EOF {
			return fail(rerr)
		}
		doc, err = readText(data, opts)
	}
	if err != nil {
		return fail(err)
	}
	doc.Name = name
	return doc, nil
}
