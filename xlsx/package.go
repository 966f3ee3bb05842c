package xlsx

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math"
	"path"
	"strings"
)

// pkg is what one pass over the zip package keeps: every worksheet part
// scanned into raw cells, the shared strings, and the few small parts that
// say how the package hangs together.
type pkg struct {
	sheets  map[string]*rawSheet // by part name, lower case
	sst     []string
	hasSST  bool
	small   map[string][]byte // relationship parts, workbook.xml, app.xml; by lower-case name
	entries int
	// buf holds one worksheet or shared-string part at a time while it is
	// scanned: the scanners copy out what they keep, so one buffer serves
	// every part of the package.
	buf      []byte
	smallBuf []byte   // holds the small parts one after another
	scratch  *Scratch // memory to reuse, or nil
}

// maxSmallPart bounds a package part read whole.
const maxSmallPart = 4 << 20

// readPackage inflates every entry once, counting the bytes it really gets
// rather than trusting the sizes the headers declare, and stops at the
// limit. Go's zip reader fails an entry that inflates past its declared size
// or fails its checksum, which catches headers that lie. Worksheets and the
// shared-string table are scanned on the way, in bounded memory.
func readPackage(ctx context.Context, data []byte, name string, opts Options, s *Scratch) (*pkg, error) {
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, openErr(name, ErrCorrupt, "damaged zip package: %v", err)
	}
	if len(zr.File) > DefaultMaxEntries {
		return nil, openErr(name, ErrTooLarge, "%d files in the package, limit %d", len(zr.File), DefaultMaxEntries)
	}
	p := &pkg{sheets: map[string]*rawSheet{}, small: map[string][]byte{}, entries: len(zr.File)}
	p.scratch = s
	if p.buf = s.partBuffer(); cap(p.buf) < scratchSize(zr.File) {
		p.buf = make([]byte, 0, scratchSize(zr.File))
	}
	p.smallBuf = s.smallBuffer()
	defer func() { s.keepPart(p.buf, p.smallBuf) }()
	budget := opts.maxUnzipSize()
	cells := 0
	for _, zf := range zr.File {
		if err := ctx.Err(); err != nil {
			return nil, &OpenError{File: name, Err: err}
		}
		if zf.UncompressedSize64 > uint64(budget) {
			return nil, openErr(name, ErrTooLarge, "%s declares %d bytes inflated, limit %d", zf.Name, zf.UncompressedSize64, opts.maxUnzipSize())
		}
		n, err := p.read(ctx, zf, budget, opts, &cells)
		var oe *OpenError
		switch {
		case errors.As(err, &oe):
			oe.File = name
			return nil, oe
		case n > budget:
			e := openErr(name, ErrTooLarge, "package inflates past %d bytes", opts.maxUnzipSize())
			e.Part = zf.Name
			return nil, e
		case errors.Is(err, ErrTooLarge):
			return nil, partErr(name, zf.Name, ErrTooLarge, err)
		case err != nil:
			return nil, partErr(name, zf.Name, ErrCorrupt, err)
		}
		budget -= n
	}
	if wb := p.officeDocument(); p.small[wb] == nil {
		return nil, openErr(name, ErrNotXLSX, "zip package without a workbook part %s (a .docx, .pptx or plain zip?)", wb)
	}
	return p, nil
}

// read inflates one entry, at most budget+1 bytes of it, scanning it if it
// is a part jixiao reads.
func (p *pkg) read(ctx context.Context, zf *zip.File, budget int64, opts Options, cells *int) (int64, error) {
	rc, err := zf.Open()
	if err != nil {
		return 0, err
	}
	defer rc.Close()
	cr := &countingReader{r: io.LimitReader(rc, addSat(budget, 1)), ctx: ctx}
	part := partName(zf.Name)
	switch {
	case isWorksheetPart(part):
		data, err := p.readScratch(cr, zf.UncompressedSize64)
		if err != nil || cr.n > budget {
			return cr.n, err // past the budget: the caller reports it
		}
		sc := newSheetScan(ctx, opts, cells)
		err = sc.run(data, p.scratch)
		if err != nil {
			return cr.n, err
		}
		p.sheets[part] = &sc.out
	case part == sharedStringsPart:
		data, err := p.readScratch(cr, zf.UncompressedSize64)
		if err != nil || cr.n > budget {
			return cr.n, err // past the budget: the caller reports it
		}
		sst, err := scanSharedStrings(ctx, data, p.scratch.sharedStrings(), p.scratch)
		p.scratch.keepSharedStrings(sst)
		if err != nil {
			return cr.n, err
		}
		p.sst, p.hasSST = sst, true
	case strings.HasSuffix(part, ".rels"), part == "docprops/app.xml", isWorkbookPart(part), isStylePart(part):
		// Small parts follow one another in one buffer; when it grows,
		// the parts read before keep the old one.
		start := len(p.smallBuf)
		b, err := readAll(p.smallBuf, io.LimitReader(cr, maxSmallPart+1), min(zf.UncompressedSize64, maxSmallPart))
		if err != nil {
			return cr.n, err
		}
		if len(b)-start > maxSmallPart {
			return cr.n, fmt.Errorf("%w: part of more than %d bytes", ErrTooLarge, maxSmallPart)
		}
		p.smallBuf = b
		p.small[part] = b[start:len(b):len(b)]
	}
	_, err = io.Copy(io.Discard, cr)
	return cr.n, err
}

// scratchSize is what the scratch buffer needs for the largest part to be
// scanned, as the headers declare (the first read grows it if they lie),
// within the bound readAll puts on a declared size.
func scratchSize(files []*zip.File) int {
	n := uint64(0)
	for _, zf := range files {
		if part := partName(zf.Name); isWorksheetPart(part) || part == sharedStringsPart {
			n = max(n, zf.UncompressedSize64)
		}
	}
	return int(min(n, maxReadHint)) + 1
}

// partName is the lower-case name a part is known by.
func partName(zipName string) string {
	return strings.ToLower(strings.ReplaceAll(zipName, "\\", "/"))
}

// sharedStringsPart is where every producer puts the shared strings.
const sharedStringsPart = "xl/sharedstrings.xml"

// readScratch reads a part to be scanned into the package's scratch buffer,
// which it keeps for the next part.
func (p *pkg) readScratch(r io.Reader, declared uint64) ([]byte, error) {
	data, err := readAll(p.buf[:0], r, declared)
	p.buf = data
	return data, err
}

// readAll reads r to its end, appending to buf, which grows to the entry's
// declared size first. That size is a hint only: at most maxReadHint bytes
// are allocated on its word, so that a lying header costs little.
func readAll(buf []byte, r io.Reader, declared uint64) ([]byte, error) {
	b := buf
	if want := int(min(declared, maxReadHint)) + 1; cap(b)-len(b) < want { // +1: room to see EOF
		b = make([]byte, len(buf), len(buf)+want)
		copy(b, buf)
	}
	for {
		if len(b) == cap(b) {
			b = append(b, 0)[:len(b)]
		}
		n, err := r.Read(b[len(b):cap(b)])
		b = b[:len(b)+n]
		if errors.Is(err, io.EOF) {
			return b, nil
		}
		if err != nil {
			return b, err
		}
	}
}

// maxReadHint bounds the buffer readAll allocates before reading.
const maxReadHint = 4 << 20

// isWorksheetPart reports whether a part holds a worksheet, by the place
// every producer puts them.
func isWorksheetPart(part string) bool {
	rest, ok := strings.CutPrefix(part, "xl/worksheets/")
	return ok && strings.HasSuffix(rest, ".xml") && !strings.Contains(rest, "/")
}

// isWorkbookPart catches a workbook part under another name
// (xl/workbook2.xml), which the package relationships then point at.
func isWorkbookPart(part string) bool {
	return strings.HasPrefix(part, "xl/workbook") && strings.HasSuffix(part, ".xml") && !strings.Contains(part[3:], "/")
}

// isStylePart reports whether a part may hold the cell styles.
func isStylePart(part string) bool {
	return strings.HasPrefix(part, "xl/") && strings.HasSuffix(part, "styles.xml") && !strings.Contains(part[3:], "/")
}

// countingReader counts the bytes read through it, and looks at the
// context every ctxEvery bytes, so that a part that inflates for long
// does not outlast a deadline.
type countingReader struct {
	r       io.Reader
	n       int64
	ctx     context.Context
	checked int64 // n when the context was last looked at
}

// ctxEvery is how many inflated bytes pass between looks at the context.
const ctxEvery = 256 << 10

// Read reads through to the underlying reader, counting.
func (c *countingReader) Read(b []byte) (int, error) {
	if c.ctx != nil && c.n-c.checked >= ctxEvery {
		c.checked = c.n
		if err := c.ctx.Err(); err != nil {
			return 0, &OpenError{Err: err}
		}
	}
	if len(b) > ctxEvery {
		b = b[:ctxEvery]
	}
	n, err := c.r.Read(b)
	c.n += int64(n)
	return n, err
}

// addSat is a + b for b ≥ 0, at most math.MaxInt64: a limit of "no limit"
// plus one must not wrap around.
func addSat(a, b int64) int64 {
	if a > math.MaxInt64-b {
		return math.MaxInt64
	}
	return a + b
}

// resolve turns a relationship target into a lower-case part name.
func resolve(from, target string) string {
	target = strings.ReplaceAll(target, "\\", "/")
	if strings.HasPrefix(target, "/") {
		return strings.ToLower(strings.TrimPrefix(path.Clean(target), "/"))
	}
	return strings.ToLower(path.Clean(path.Join(path.Dir(from), target)))
}

// officeDocument names the workbook part.
func (p *pkg) officeDocument() string {
	for _, r := range p.rels("") {
		if strings.HasSuffix(r.Type, "/officeDocument") {
			return resolve("", r.Target)
		}
	}
	return "xl/workbook.xml"
}
