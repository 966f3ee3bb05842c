package evaluation

import (
	"context"

	"github.com/jixiao-go/jixiao/present"
	"github.com/jixiao-go/jixiao/vocabulary"
	"github.com/jixiao-go/jixiao/xlsx"
	"github.com/shopspring/decimal"
)

// Pass is what a check's Run sees: the form it checks, the workbook around
// it, and the means to report what it finds. A Pass serves one check at a
// time on one form (or, for ScopeWorkbook, on the workbook) in one
// goroutine; Run must not keep it after it returns.
type Pass struct {
	// Check is the check running.
	Check *Check
	// Workbook is the workbook being checked.
	Workbook *xlsx.Workbook
	// Form is the form being checked; nil when Check.Scope is
	// ScopeWorkbook.
	Form *FormData
	// Forms are every recognised form of the workbook, in sheet order.
	Forms []*FormData
	// Lang is the language findings are rendered in.
	Lang present.Lang

	st *state
	// inapplicable is set by a Run that found nothing of its kind to check
	// on the form, which then does not list it as checked.
	inapplicable bool
}

// Diagnostic is what a check reports: the cell the finding is on, the cells
// involved, what was expected and what was found (decimal strings with the
// places shown, or ""), and the message, rendered in the pass's language.
type Diagnostic struct {
	At       xlsx.Ref
	Related  []xlsx.Ref
	Expected string
	Actual   string
	Message  present.Message
	// Paragraph and Quote place a finding about the narrative report: the
	// paragraph's number (from 1) and its sentence; zero for the workbook.
	Paragraph int
	Quote     string
}

// Report records a finding of the running check. It returns the finding's
// number, for Fix, or -1 when the check's code is disabled.
func (p *Pass) Report(d Diagnostic) int { return p.st.report(p.Check, d) }

// ReportAs records a finding of another check, for the checks that other
// checks report on their behalf (JX001 within rounding, JX003 not a
// number); it returns the finding's number, or -1 when that code is
// disabled.
func (p *Pass) ReportAs(c *Check, d Diagnostic) int { return p.st.report(c, d) }

// Fix attaches to finding i (a number Report returned) the fix "type value
// into at". It does nothing for -1.
func (p *Pass) Fix(i int, at xlsx.Ref, value string) { p.st.fix(i, at, value) }

// Skip records that the running check could not check something on this
// form, and why; it goes into the form's coverage, so that what was not
// checked is never silent.
func (p *Pass) Skip(reason present.Message, cells ...xlsx.Ref) {
	p.st.skip(p.Check, p.Form, reason, cells)
}

// Inapplicable says that the running check found nothing of its kind on
// this form (a column or a block it needs is not there), so that the
// form's coverage does not list it among the checks that ran.
func (p *Pass) Inapplicable() { p.inapplicable = true }

// Stopped reports whether the context of the evaluation has ended; a long
// Run should look now and then, and return when it has.
func (p *Pass) Stopped() bool { return p.st.stopped() }

// state is what one evaluation of a workbook keeps across its checks.
type state struct {
	ctx   context.Context
	lang  present.Lang
	wb    *xlsx.Workbook
	cat   *catalogue
	vocab *vocabulary.Vocabulary

	findings []Finding
	ledger   ledger
	// invalid and missing are the cells already reported as not a number
	// (JX003) and as missing (JX004): one finding per cell, however many
	// checks need it.
	invalid map[xlsx.Ref]bool
	missing map[xlsx.Ref]bool
	// hints are values other checks know a cell should hold (a score
	// recomputed from its rule), used to pick the one cell that explains a
	// failed sum.
	hints map[xlsx.Ref]decimal.Decimal
	// gaps are what each form's checks could not check.
	gaps map[*FormData]*gapList
	// err is the context's error once stopped has seen it; from then on
	// the evaluation unwinds without asking the context again.
	err error
	// mem is memory reused from the last check, or nil.
	mem *memory
	// prorate charges the part steps of deductions in proportion
	// (Options.ProrateSteps).
	prorate bool
	// narrative is the report checked with the workbook, or nil.
	narrative *reportState
}

// cancelEvery is how many rows of a table are checked between two looks at
// the context, so that a deadline stops even a sheet of 50,000 rows
// promptly.
const cancelEvery = 64

func newState(ctx context.Context, wb *xlsx.Workbook, cat *catalogue, lang present.Lang, mem *memory) *state {
	st := &state{ctx: ctx, lang: lang, wb: wb, cat: cat, invalid: map[xlsx.Ref]bool{}, missing: map[xlsx.Ref]bool{},
		hints: map[xlsx.Ref]decimal.Decimal{}, gaps: map[*FormData]*gapList{}, mem: mem}
	if mem != nil {
		st.ledger.eqs = mem.eqs[:0]
	}
	return st
}

// stopped reports whether the context has ended, keeping the first error
// it gives in st.err.
func (st *state) stopped() bool {
	if st.err == nil {
		st.err = st.ctx.Err()
	}
	return st.err != nil
}

func (st *state) report(c *Check, d Diagnostic) int {
	if st.cat.disabled[c.Code] {
		return -1
	}
	if own := st.cat.byCode[c.Code]; own != nil {
		c = own // the Checker's copy, which its owner may have tuned
	}
	index := 0
	if s := st.wb.Sheet(d.At.Sheet); s != nil {
		index = s.Index
	}
	st.findings = append(st.findings, newFinding(c, d, d.Message.In(st.lang), index))
	return len(st.findings) - 1
}

// holdsText reports whether the cell at ref is text, such as a label that
// carries its weight (预算配置（15分）).
func (st *state) holdsText(ref xlsx.Ref) bool {
	s := st.wb.Sheet(ref.Sheet)
	if s == nil {
		return false
	}
	c := s.At(ref)
	return c != nil && c.Kind == xlsx.Text
}

func (st *state) fix(i int, at xlsx.Ref, value string) {
	if i >= 0 {
		st.findings[i].setFix(at, value, st.showsPercent(at))
	}
}
