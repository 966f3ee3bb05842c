package scoring

import "github.com/shopspring/decimal"

// parseManual reads a checklist: "每发现一处问题扣1分，扣完为止",
// optionally after a full-marks condition ("编制规范、依据充分得满分；").
func parseManual(p *scanner) (Rule, bool) {
	start := p.i
	if _, ok := p.freeThen(1, (*scanner).fullMarks); !ok || !p.seps() {
		p.i = start
	}
	if _, ok := p.freeThen(0, func(q *scanner) bool {
		if !q.lit("每") {
			return false
		}
		if q.lit("检查发现", "发现", "出现", "存在", "查出", "有") {
			q.lit("一", "1")
			q.lit("处", "个", "项", "次", "例", "条", "笔", "起", "份")
			return true
		}
		// "每处", "每项": a count of items, never "每个百分点"
		q.lit("一", "1")
		return q.lit("处", "项", "条", "例", "笔", "起")
	}); !ok {
		return Rule{}, false
	}
	var amount decimal.Decimal
	if _, ok := p.freeThen(0, func(q *scanner) bool {
		q.seps()
		q.joiner()
		var ok bool
		amount, ok = q.deductAmount()
		return ok
	}); !ok {
		return Rule{}, false
	}
	r := Rule{Kind: Checklist, PerFinding: amount}
	ok := p.tails(func(q *scanner) bool {
		if q.floorTail() {
			return true
		}
		if v, ok := q.maxDeductTail(); ok && r.MaxDeduct == nil {
			r.MaxDeduct = &v
			return true
		}
		return false
	})
	return r, ok
}
