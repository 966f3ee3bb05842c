package evaluation

import (
	"context"
	"io"
	"slices"
	"sync"

	"github.com/jixiao-go/jixiao/narrative"
	"github.com/jixiao-go/jixiao/present"
	"github.com/jixiao-go/jixiao/xlsx"
)

// Checker checks workbooks. Its zero value checks with the zero Options and
// the package's Checks; set its fields before the first check and do not
// change them afterwards.
//
// A Checker reuses memory from one check to the next: the file's bytes, its
// inflated parts and the cells of its sheets (see xlsx.Scratch), its budget
// blocks and indicator tables, the figures its sums are checked with and the
// 评分标准 rules it parsed. It allocates about a fifth of what a fresh check
// does, so the garbage collector runs less often and checks on several
// cores scale with them. An intake pipeline should make one Checker and
// share it between its goroutines. Nothing in a report refers to the reused
// memory.
//
// A Checker is safe for concurrent use and must not be copied after first
// use. The package's Evaluate functions are conveniences over a fresh one.
type Checker struct {
	Options
	// Checks are the checks to run, in any order; nil means Checks(). A
	// program adds its own by appending them to Checks().
	Checks []Check

	once    sync.Once
	cat     *catalogue
	specs   []FormSpec
	lang    present.Lang
	err     error
	scratch sync.Pool // of *checkScratch, one per check running
}

// checkScratch is the memory one check reuses from the last.
type checkScratch struct {
	read xlsx.Scratch
	mem  memory
}

// NewChecker returns a Checker that checks with opts and the package's
// checks.
func NewChecker(opts Options) *Checker {
	opts.Disable = slices.Clone(opts.Disable)
	return &Checker{Options: opts}
}

// prepare validates the options and the checks once.
func (c *Checker) prepare() error {
	c.once.Do(func() {
		checks := c.Checks
		if checks == nil {
			checks = Checks()
		} else {
			checks = slices.Clone(checks)
		}
		if c.lang, c.err = present.ParseLang(c.Language); c.err != nil {
			return
		}
		c.cat, c.err = newCatalogue(checks, c.Disable)
		c.specs = Forms()
	})
	return c.err
}

// Evaluate reads the workbook at path and checks it. The file is never
// written. Errors are those of xlsx.Open (errors.Is with xlsx.ErrNotXLSX,
// xlsx.ErrLegacyXLS, …), a *NoFormError, an error in the Checker's own
// options or checks, or the context's error; a workbook that was read always
// gives a Report, whatever it holds.
func (c *Checker) Evaluate(ctx context.Context, path string) (*Report, error) {
	return c.EvaluateWithReport(ctx, path, nil)
}

// EvaluateWithReport checks the workbook at path together with the
// narrative report submitted with it (表文一致, read with package
// narrative): the report's own sums and rates, and each of its figures
// against the cell that holds it (JX501–JX504). A nil report checks the
// workbook alone.
func (c *Checker) EvaluateWithReport(ctx context.Context, path string, report *narrative.Document) (*Report, error) {
	return c.check(ctx, report, func(s *xlsx.Scratch) (*xlsx.Workbook, error) {
		return s.Open(ctx, path, c.Limits)
	})
}

// EvaluateReaderAt checks a workbook of the given size read from r, such as
// an upload; name is used in the report and in errors.
func (c *Checker) EvaluateReaderAt(ctx context.Context, r io.ReaderAt, size int64, name string) (*Report, error) {
	return c.EvaluateReaderAtWithReport(ctx, r, size, name, nil)
}

// EvaluateReaderAtWithReport is EvaluateReaderAt with the narrative report
// submitted with the workbook, as EvaluateWithReport checks it.
func (c *Checker) EvaluateReaderAtWithReport(ctx context.Context, r io.ReaderAt, size int64, name string, report *narrative.Document) (*Report, error) {
	return c.check(ctx, report, func(s *xlsx.Scratch) (*xlsx.Workbook, error) {
		return s.OpenReaderAt(ctx, r, size, name, c.Limits)
	})
}

// EvaluateWorkbook checks a workbook already read.
func (c *Checker) EvaluateWorkbook(ctx context.Context, wb *xlsx.Workbook) (*Report, error) {
	if err := c.prepare(); err != nil {
		return nil, err
	}
	s := c.take()
	defer c.scratch.Put(s)
	s.mem.reset()
	return c.evaluate(ctx, wb, &s.mem, nil)
}

// check reads a workbook into a Scratch of the pool and checks it; the
// Scratch goes back once the report, which holds only copies, is made.
func (c *Checker) check(ctx context.Context, report *narrative.Document, read func(*xlsx.Scratch) (*xlsx.Workbook, error)) (*Report, error) {
	if err := c.prepare(); err != nil {
		return nil, err
	}
	s := c.take()
	defer c.scratch.Put(s)
	wb, err := read(&s.read)
	if err != nil {
		return nil, err
	}
	s.mem.reset()
	return c.evaluate(ctx, wb, &s.mem, report)
}

func (c *Checker) take() *checkScratch {
	if s, ok := c.scratch.Get().(*checkScratch); ok {
		return s
	}
	return new(checkScratch)
}

// Evaluate reads the workbook at path and checks it with opts, as a fresh
// Checker does.
func Evaluate(ctx context.Context, path string, opts Options) (*Report, error) {
	return NewChecker(opts).Evaluate(ctx, path)
}

// EvaluateReaderAt checks a workbook of the given size read from r, such as
// an upload, with opts, as a fresh Checker does; name is used in the report
// and in errors.
func EvaluateReaderAt(ctx context.Context, r io.ReaderAt, size int64, name string, opts Options) (*Report, error) {
	return NewChecker(opts).EvaluateReaderAt(ctx, r, size, name)
}

// EvaluateWorkbook checks a workbook already read, with opts.
func EvaluateWorkbook(ctx context.Context, wb *xlsx.Workbook, opts Options) (*Report, error) {
	return NewChecker(opts).EvaluateWorkbook(ctx, wb)
}
