package evaluation

import (
	"github.com/jixiao-go/jixiao/present"
	"github.com/shopspring/decimal"
)

// The sentences every sum says.
var (
	msgSumWithin = present.Text{
		ZH: "{what}：合计 {actual} 与各项之和 {expected} 相差 {diff}，在舍入误差范围内，视为一致。",
		EN: "{what}: the total {actual} and the sum of its parts {expected} differ by {diff}, within rounding; consistent.",
	}
	msgSumFailed = present.Text{
		ZH: "{what}：合计应为各项之和 {expected}，表中填写 {actual}，相差 {diff}。",
		EN: "{what}: the total should be the sum of its parts, {expected}, but reads {actual} (off by {diff}).",
	}
)

// checkSum judges total = Σ parts for the running check. An exact pass says
// nothing; a pass within rounding gives a JX001 info finding; a failure
// gives an error of the running check. The equation goes into the ledger,
// from which fixes are drawn.
func (p *Pass) checkSum(what subjectOf, total operand, parts []operand) {
	sum, places := sumOf(parts)
	if total.val.Value.Equal(sum) {
		p.st.ledger.add(total, parts, decimal.Zero, -1)
		return
	}
	places = max(places, total.val.Places)
	exp, act := fixed(sum, places), fixed(total.val.Value, places)
	diff := fixed(total.val.Value.Sub(sum).Abs(), places)
	args := []present.Arg{present.M("what", what()), present.S("expected", exp), present.S("actual", act), present.S("diff", diff)}
	d := Diagnostic{At: total.ref, Related: refsOf(parts), Expected: exp, Actual: act}
	if total.interval().Meets(intervalOf(parts)) {
		d.Message = present.New(&msgSumWithin, args...)
		p.ReportAs(&withinRounding, d)
		p.st.ledger.add(total, parts, decimal.Zero, -1)
		return
	}
	d.Message = present.New(&msgSumFailed, args...)
	i := p.Report(d)
	if i >= 0 {
		p.st.findings[i].sum = true
	}
	p.st.ledger.add(total, parts, sum.Sub(total.val.Value), i)
}
