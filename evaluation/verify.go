package evaluation

import (
	"cmp"
	"context"
	"slices"

	"github.com/jixiao-go/jixiao/num"
	"github.com/jixiao-go/jixiao/present"
	"github.com/jixiao-go/jixiao/xlsx"
)

// A fix is offered only when it is right: typed into its cell, it must mend
// every finding that offers a fix for that cell and make no new one.
// verifyFixes tries the fixes the checks found on a copy of the workbook,
// most telling first, and keeps those that pass:
//
//   - the values offered for one cell compete, and at most one is kept: the
//     first that mends every finding offering any value for the cell;
//   - a value is kept when, with it and the fixes kept before typed in, the
//     workbook is checked again, no finding offering a fix for that cell is
//     left, and every finding that was not there before (notes aside) is a
//     total that now needs the change to follow (a subtotal, the 总分, the
//     grade): those cells are the fix's follow-ups (Fix.Then), typed in too;
//   - every other fix is dropped;
//   - a finding that the kept fixes mend without offering one is a
//     consequence of a wrong cell: it gets the fix of that cell, when one
//     kept fix names a cell of the finding, and its expected value, which
//     came from the wrong cell, is left out;
//   - a finding that compares two cells and whose fix names the other cell
//     is moved to that cell, so that it names the wrong cell and the value
//     it should hold.
//
// Fixes that are not numbers (a grade) are not retyped and are kept as
// offered. At most maxVerified values are tried; any others are dropped.
func (c *Checker) verifyFixes(ctx context.Context, st *state) error {
	cands := fixCandidates(st.findings)
	if len(cands) == 0 {
		return nil
	}
	accepted := map[xlsx.Ref]num.Shown{}
	kept := map[xlsx.Ref]*verifiedFix{}
	before := findingKeys(st.findings, nil)
	var left map[findingKey]bool // findings left after the kept fixes; nil while none is kept
	for i, cand := range cands {
		if _, taken := accepted[cand.at]; taken || i >= maxVerified {
			continue
		}
		trial := make(map[xlsx.Ref]num.Shown, len(accepted)+1)
		for k, v := range accepted {
			trial[k] = v
		}
		trial[cand.at] = cand.value
		vf, after, err := c.tryFix(ctx, st, trial, cand, before)
		if err != nil {
			return err
		}
		if vf == nil {
			continue
		}
		for _, t := range vf.then {
			if t.numeric {
				trial[t.at] = t.number
			}
		}
		accepted, left, kept[cand.at] = trial, after, vf
	}
	for i := range st.findings {
		f := &st.findings[i]
		if f.Fix != nil && !f.fixNumeric {
			continue // a text fix, such as a grade, is kept as offered
		}
		if f.Fix != nil {
			if vf, ok := kept[f.fixAt]; ok {
				if f.pair && f.fixAt != f.at {
					st.rehome(f)
				}
				st.setVerifiedFix(f, vf)
				continue
			}
			f.dropFix()
		}
		if left == nil || left[keyOf(f)] || f.Severity != SeverityError {
			continue
		}
		switch at, ok := onlyKept(f, kept); {
		case !ok:
		case at == f.at:
			st.setVerifiedFix(f, kept[at]) // another finding's fix for this very cell mends it too
		default:
			st.consequence(f, kept[at])
		}
	}
	return nil
}

// verifiedFix is a fix that passed: its cell and value, and the totals the
// change makes follow.
type verifiedFix struct {
	at    xlsx.Ref
	value num.Shown
	then  []cascade
}

// cascade is a cell a fix makes change in turn, and its new value: a
// number, or a text such as a grade.
type cascade struct {
	at      xlsx.Ref
	number  num.Shown
	text    string
	numeric bool
}

// maxCascade bounds the rounds of totals that follow a fix: a score, its
// subtotal, the total, the declared total.
const maxCascade = 4

// tryFix checks the workbook with trial typed in and reports the fix, with
// the totals that follow from it, when it passes; nil when it does not.
func (c *Checker) tryFix(ctx context.Context, st *state, trial map[xlsx.Ref]num.Shown, cand fixCandidate, before map[findingKey]bool) (*verifiedFix, map[findingKey]bool, error) {
	vf := &verifiedFix{at: cand.at, value: cand.value}
	for range maxCascade {
		after, err := c.recheck(ctx, st.wb.WithNumbers(trial), st.mem)
		if err != nil {
			if ctx.Err() != nil {
				return nil, nil, ctx.Err()
			}
			return nil, nil, nil
		}
		left := findingKeys(after, nil)
		if !cand.mends(st.findings, left) {
			return nil, nil, nil
		}
		var next []cascade
		for i := range after {
			f := &after[i]
			if f.Severity == SeverityInfo || before[keyOf(f)] {
				continue
			}
			// A new finding: a total that follows the change, or a reason
			// to refuse the fix.
			if _, typed := trial[f.at]; typed {
				return nil, nil, nil
			}
			switch {
			case f.Fix != nil && f.fixAt == f.at:
				next = append(next, cascade{at: f.at, number: f.fixNumber, text: f.Fix.Value, numeric: f.fixNumeric})
			case f.Fix == nil && f.sum && relatesTo(f, trial):
				v, ok := plainNumber(f.Expected) // the sum of its parts, the change included
				if !ok {
					return nil, nil, nil
				}
				next = append(next, cascade{at: f.at, number: v, numeric: true})
			default:
				return nil, nil, nil
			}
		}
		if len(next) == 0 {
			return vf, left, nil
		}
		textOnly := true
		for _, t := range next {
			vf.then = append(vf.then, t)
			if t.numeric {
				trial[t.at], textOnly = t.number, false
			}
		}
		if textOnly {
			return vf, left, nil // a grade that follows; nothing more to retype
		}
	}
	return nil, nil, nil
}

// maxVerified bounds the fixes tried on one workbook, each at the cost of
// one more check of it.
const maxVerified = 8

// recheck checks a patched copy of the workbook and returns its findings,
// fixes and all, without verifying them. It reads into memory of its own
// (reused from one recheck to the next), so that the first check's stays as
// it is, and shares the 评分标准 rules the first check parsed.
func (c *Checker) recheck(ctx context.Context, wb *xlsx.Workbook, first *memory) ([]Finding, error) {
	st, _, err := c.run(ctx, wb, first.forRecheck(), nil)
	if err != nil {
		return nil, err
	}
	return st.findings, nil
}

// fixCandidate is one value offered for one cell, with the findings that
// offer a fix for that cell, whatever its value.
type fixCandidate struct {
	at       xlsx.Ref
	value    num.Shown
	offering int   // how many findings offer this value
	findings []int // every finding offering a fix for the cell
	rank     int   // the strongest reason to try it first
}

// fixCandidates lists the numeric fixes offered, most telling first: a
// unit conversion (it is certain), then the fixes more findings agree on.
func fixCandidates(fs []Finding) []fixCandidate {
	var cands []fixCandidate
	for i := range fs {
		f := &fs[i]
		if f.Fix == nil || !f.fixNumeric {
			continue
		}
		j := slices.IndexFunc(cands, func(c fixCandidate) bool { return c.at == f.fixAt && c.value.Value.Equal(f.fixNumber.Value) })
		if j < 0 {
			cands = append(cands, fixCandidate{at: f.fixAt, value: f.fixNumber})
			j = len(cands) - 1
		}
		cands[j].offering++
		if f.Code == CodeAmountUnit {
			cands[j].rank = 1
		}
	}
	for j := range cands {
		for i := range fs {
			if fs[i].Fix != nil && fs[i].fixAt == cands[j].at {
				cands[j].findings = append(cands[j].findings, i)
			}
		}
	}
	slices.SortStableFunc(cands, func(a, b fixCandidate) int {
		return cmp.Or(cmp.Compare(b.offering, a.offering), cmp.Compare(b.rank, a.rank))
	})
	return cands
}

// mends reports whether none of the findings offering the fix is left.
func (c fixCandidate) mends(fs []Finding, left map[findingKey]bool) bool {
	for _, i := range c.findings {
		if left[keyOf(&fs[i])] {
			return false
		}
	}
	return true
}

// findingKey names a finding across two checks of a workbook: its check
// and its cell.
type findingKey struct {
	code string
	at   xlsx.Ref
}

func keyOf(f *Finding) findingKey { return findingKey{f.Code, f.at} }

func findingKeys(fs []Finding, into map[findingKey]bool) map[findingKey]bool {
	if into == nil {
		into = make(map[findingKey]bool, len(fs))
	}
	for i := range fs {
		into[keyOf(&fs[i])] = true
	}
	return into
}

// onlyKept is the one kept fix that names a cell of the finding.
func onlyKept(f *Finding, kept map[xlsx.Ref]*verifiedFix) (xlsx.Ref, bool) {
	var found xlsx.Ref
	n := 0
	for _, r := range append([]xlsx.Ref{f.at}, f.related...) {
		if _, ok := kept[r]; ok && r != found {
			found, n = r, n+1
		}
	}
	return found, n == 1
}

var noteConsequence = present.Text{
	ZH: "（此项由 {cell} 的错误引起，按建议修改 {cell} 后即一致。）",
	EN: " (this follows from the error in {cell}; it agrees once {cell} is corrected as suggested.)",
}

// consequence marks a finding that a fix of another cell mends: it gets
// that fix, its expected value (worked out from the wrong cell) is left
// out, and its message says so.
func (st *state) consequence(f *Finding, vf *verifiedFix) {
	cell := vf.at.A1()
	if vf.at.Sheet != f.Sheet {
		cell = vf.at.String()
	}
	f.Expected = ""
	f.Message += present.New(&noteConsequence, present.S("cell", cell)).In(st.lang)
	st.setVerifiedFix(f, vf)
}

// rehome moves a finding that compares two cells to the one its fix names:
// that cell is the wrong one, and the fix is the value it should hold.
func (st *state) rehome(f *Finding) {
	to := f.fixAt
	other := f.at
	sheet := st.wb.Sheet(to.Sheet)
	actual := ""
	if sheet != nil {
		if c := sheet.At(to); c != nil {
			actual = c.Value.String()
		}
	}
	*f = newFinding(st.cat.byCode[f.Code], Diagnostic{At: to, Related: []xlsx.Ref{other}, Expected: f.fixNumber.String(), Actual: actual}, f.Message, f.sheetIndex)
	if sheet != nil {
		f.sheetIndex = sheet.Index
	}
}

// setVerifiedFix attaches a kept fix, with the totals that follow it.
func (st *state) setVerifiedFix(f *Finding, vf *verifiedFix) {
	f.setFix(vf.at, vf.value.String(), st.showsPercent(vf.at))
	for _, t := range vf.then {
		value := t.text
		if t.numeric {
			value = t.number.String()
			if st.showsPercent(t.at) {
				value = percent(t.number.Value, t.number.Places)
			}
		}
		cell := t.at.A1()
		if t.at.Sheet != f.Sheet {
			cell = t.at.String()
		}
		f.Fix.Then = append(f.Fix.Then, FixStep{Cell: cell, Value: value})
	}
}

// showAsCell writes a finding's expected and actual values as its cell
// shows them: a percentage as "85.11%", the decimal kept beside.
func (st *state) showAsCell(f *Finding) {
	if f.at.IsZero() || !st.showsPercent(f.at) {
		return
	}
	for _, v := range []struct{ shown, raw *string }{{&f.Expected, &f.ExpectedValue}, {&f.Actual, &f.ActualValue}} {
		if p, ok := asPercent(*v.shown); ok {
			*v.raw, *v.shown = *v.shown, p
		}
	}
}

// asPercent writes a fraction as the percentage it shows: "0.8511" is
// "85.11%", "1" is "100%"; false for text that is not a plain decimal.
func asPercent(s string) (string, bool) {
	v, ok := plainNumber(s)
	if !ok {
		return "", false
	}
	return percent(v.Value, v.Places), true
}

// showsPercent reports whether the cell at ref shows a percentage.
func (st *state) showsPercent(ref xlsx.Ref) bool {
	if s := st.wb.Sheet(ref.Sheet); s != nil {
		c := s.At(ref)
		return c != nil && c.Percent
	}
	return false
}

// relatesTo reports whether a finding names one of the cells typed in.
func relatesTo(f *Finding, typed map[xlsx.Ref]num.Shown) bool {
	for _, r := range f.related {
		if _, ok := typed[r]; ok {
			return true
		}
	}
	return false
}
