package evaluation

import (
	"context"

	"github.com/jixiao-go/jixiao/xlsx"
	"github.com/shopspring/decimal"
)

// pass is the state of one evaluation: the workbook, the options and what
// has been found so far. One pass serves one workbook in one goroutine.
type pass struct {
	ctx      context.Context
	opts     Options
	wb       *xlsx.Workbook
	disabled map[string]bool
	findings []Finding
	ledger   ledger
	invalid  map[xlsx.Ref]bool // cells already reported as not a number
	// hints are values other rules know a cell should hold (a score
	// recomputed from its rule), used to pick the one cell that explains a
	// failed sum.
	hints map[xlsx.Ref]decimal.Decimal
	// err is the context's error once stopped has seen it; from then on
	// the pass unwinds without asking the context again.
	err error
	// mem is memory reused from the last check, or nil.
	mem *memory
}

// cancelEvery is how many rows of a table are checked between two looks at
// the context, so that a deadline stops even a sheet of 50,000 rows
// promptly.
const cancelEvery = 64

// stopped reports whether the context has ended, keeping the first error
// it gives in p.err.
func (p *pass) stopped() bool {
	if p.err == nil {
		p.err = p.ctx.Err()
	}
	return p.err != nil
}

func newPass(ctx context.Context, wb *xlsx.Workbook, opts Options, mem *memory) *pass {
	p := &pass{ctx: ctx, opts: opts, wb: wb, disabled: map[string]bool{}, invalid: map[xlsx.Ref]bool{}, hints: map[xlsx.Ref]decimal.Decimal{}, mem: mem}
	if mem != nil {
		p.ledger.eqs = mem.eqs[:0]
	}
	for _, c := range opts.Disable {
		p.disabled[c] = true
	}
	return p
}

// text picks the message in the options' language.
func (p *pass) text(zh, en string) string {
	if p.opts.english() {
		return en
	}
	return zh
}

// add records a finding at cell at with related cells; it returns the
// finding's index, or -1 when its code is disabled.
func (p *pass) add(code string, at xlsx.Ref, related []xlsx.Ref, expected, actual, zh, en string) int {
	if p.disabled[code] {
		return -1
	}
	rule, _ := LookupRule(code)
	f := Finding{
		Code:     code,
		Severity: rule.Severity,
		Sheet:    at.Sheet,
		Cell:     at.A1(),
		Expected: expected,
		Actual:   actual,
		Message:  p.text(zh, en),
		row:      at.Row,
		col:      at.Col,
	}
	f.Related, f.RelatedElsewhere = relatedRefs(at.Sheet, related)
	if s := p.wb.Sheet(at.Sheet); s != nil {
		f.sheetIndex = s.Index
	}
	p.findings = append(p.findings, f)
	return len(p.findings) - 1
}

// setFix attaches a fix to finding i.
func (p *pass) setFix(i int, at xlsx.Ref, value string) {
	if i < 0 {
		return
	}
	f := &p.findings[i]
	cell := at.A1()
	if at.Sheet != f.Sheet {
		cell = at.String()
	}
	f.Fix = &Fix{Cell: cell, Value: value}
}

// relatedRefs splits related cells into those on the finding's sheet, in A1
// form, and those elsewhere, as "Sheet!A1".
func relatedRefs(sheet string, refs []xlsx.Ref) (here, elsewhere []string) {
	here = make([]string, 0, len(refs))
	for _, r := range refs {
		switch {
		case r.IsZero():
		case r.Sheet == sheet:
			here = append(here, r.A1())
		default:
			elsewhere = append(elsewhere, r.String())
		}
	}
	return here, elsewhere
}

// usable reports whether a figure can take part in a check. A figure that
// holds text or an error value gets one JX003 finding, however many checks
// need it.
func (p *pass) usable(f xlsx.Figure, what, whatEN string) bool {
	switch f.State {
	case xlsx.Present:
		return true
	case xlsx.Invalid:
		if !p.invalid[f.Ref] {
			p.invalid[f.Ref] = true
			p.add(CodeNotANumber, f.Ref, nil, "", f.Text,
				"“"+what+"”应为数字，实际填写为“"+f.Text+"”，相关核对已跳过。",
				what+" should be a number but reads \""+f.Text+"\"; the checks that need it were skipped.")
		}
	}
	return false
}

// required reports a figure the form needs as a number that is blank or a
// placeholder (JX004); text gets JX003 through usable. It reports whether the
// figure holds a number.
func (p *pass) required(f xlsx.Figure, what, whatEN string) bool {
	if f.State == xlsx.Absent || f.State == xlsx.Placeholder {
		if !f.Ref.IsZero() {
			p.add(CodeMissingNumber, f.Ref, nil, "", f.Text,
				"“"+what+"”应填写数字，表中为空或为占位符。",
				what+" needs a number but is blank or a placeholder.")
		}
		return false
	}
	return p.usable(f, what, whatEN)
}
