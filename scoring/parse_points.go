package scoring

import (
	"strings"

	"github.com/shopspring/decimal"
)

// fullMarks reads "得满分" and its variants, after optional joiners.
func (p *scanner) fullMarks() bool {
	start := p.i
	p.joiner()
	if p.lit("得满分", "计满分", "记满分", "给满分", "为满分", "给予满分", "得全分", "计全分", "得该项满分", "得本项满分", "满分") {
		return true
	}
	p.i = start
	return false
}

// zeroPoints reads "不得分" and its variants, after optional joiners.
func (p *scanner) zeroPoints() bool {
	start := p.i
	p.joiner()
	if p.lit("不得分", "不计分", "不给分", "得0分", "计0分", "记0分", "为0分", "给0分", "0分", "得零分", "计零分", "零分") {
		return true
	}
	p.i = start
	return false
}

// points reads the points of a band: "计3分", "得2分", "1分", "得满分",
// "不得分", after optional joiners and separators.
func (p *scanner) points() (score decimal.Decimal, full, ok bool) {
	start := p.i
	p.joiner()
	p.seps()
	if p.fullMarks() {
		return decimal.Zero, true, true
	}
	if p.zeroPoints() {
		return decimal.Zero, false, true
	}
	p.lit("可得", "计", "得", "记", "给", "赋", "为")
	if v, ok := p.number(false); ok && p.lit("分") {
		return v, false, true
	}
	p.i = start
	return decimal.Zero, false, false
}

// deductAmount reads "扣0.1分", "扣减1分", "减0.5分".
func (p *scanner) deductAmount() (decimal.Decimal, bool) {
	start := p.i
	if p.lit("扣除", "扣减", "扣去", "扣", "减去", "减") {
		if v, ok := p.number(true); ok && v.Sign() > 0 && p.lit("分") {
			return v, true
		}
	}
	p.i = start
	return decimal.Zero, false
}

// floorTail reads the words that floor a deduction at zero: "扣完为止".
func (p *scanner) floorTail() bool {
	start := p.i
	p.lit("本项指标", "该项指标", "本指标", "该指标", "本项", "该项", "此项")
	p.lit("分值", "分数")
	if p.lit("扣完为止", "扣完即止", "扣完本项分值为止", "扣完该项分值为止", "扣完本项为止", "扣完该项为止",
		"扣完分值为止", "扣至0分为止", "扣至零分为止", "扣到0分为止", "扣至0分", "直至扣完", "直到扣完", "最低0分", "最低得0分",
		"最低为0分", "不倒扣", "不扣成负分") {
		return true
	}
	if p.lit("扣完") { // "扣完", "扣完20分为止"
		save := p.i
		if _, ok := p.number(false); ok && p.lit("分为止", "分") {
			return true
		}
		p.i = save
		return true
	}
	p.i = start
	return false
}

// maxDeductTail reads "最多扣2分".
func (p *scanner) maxDeductTail() (decimal.Decimal, bool) {
	start := p.i
	if p.lit("最多扣除", "最多扣减", "最多扣", "最高扣除", "最高扣", "扣分上限为", "扣分不超过", "累计扣分不超过", "最多") {
		if v, ok := p.number(true); ok && p.lit("分") {
			return v, true
		}
	}
	p.i = start
	return decimal.Zero, false
}

// isNegation reports whether free words open a clause for the case where
// the condition fails: "未完成", "否则", "逾期".
func isNegation(free string) bool {
	for _, w := range [...]string{"未", "没有", "没", "否则", "否", "逾期", "不", "无", "其他", "其它", "其余", "反之", "超期", "延期"} {
		if strings.HasPrefix(free, w) {
			return true
		}
	}
	return false
}
