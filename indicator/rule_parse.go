package indicator

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/jixiao-go/jixiao/internal/label"
	"github.com/jixiao-go/jixiao/internal/num"
	"github.com/shopspring/decimal"
)

// ruleMaxNumberLen bounds a numeric literal in rule text, in bytes.
const ruleMaxNumberLen = 20

// ruleMaxUnitRunes bounds a unit word such as "人次" or "万元".
const ruleMaxUnitRunes = 4

// ParseRule reads the text of a 评分标准 cell into a Rule. It never panics
// and does bounded work: text longer than MaxRuleRunes characters is
// unreadable. Empty text (after dropping white space) gives RuleNone; text
// that matches no known pattern in full gives RuleUnreadable, never a guess.
//
// The text is normalised first (label.Normalize: full-width forms folded,
// （）→(), white space dropped), so "＝100％" reads as "=100%". Each pattern
// must account for the whole text; the patterns are tried in the order
// manual, deduction, proportional, binary, bands.
func ParseRule(text string) Rule {
	if len(text) > 4*MaxRuleRunes || utf8.RuneCountInString(text) > MaxRuleRunes {
		return Rule{Kind: RuleUnreadable, Text: text, Reason: "rule text longer than 500 characters"}
	}
	s := ruleNormalize(text)
	for _, heading := range [...]string{"评分标准:", "评分办法:", "评分规则:", "计分方法:", "计分规则:", "评分方法:"} {
		s = strings.TrimPrefix(s, heading)
	}
	if s == "" {
		return Rule{Kind: RuleNone, Text: text}
	}
	for _, parse := range [...]func(*ruleScanner) (Rule, bool){
		ruleParseManual, ruleParseDeduction, ruleParseProportional, ruleParseBinary, ruleParseBands,
	} {
		p := &ruleScanner{s: s}
		p.seps()
		if r, ok := parse(p); ok {
			r.Text = text
			return r
		}
	}
	return Rule{Kind: RuleUnreadable, Text: text, Reason: "no known scoring-rule pattern"}
}

// ruleNormalize folds the text with label.Normalize and maps the dashes and
// waves that label keeps to ASCII.
func ruleNormalize(text string) string {
	s := label.Normalize(text)
	return strings.Map(func(r rune) rune {
		switch r {
		case '—', '–', '−', '‐', '‑', '―':
			return '-'
		case '〜', '∼':
			return '~'
		case '。', '；', '，', '！', '？':
			return ','
		case '≧':
			return '≥'
		case '≦':
			return '≤'
		}
		return r
	}, s)
}

// ruleScanner walks normalised rule text. Every method that fails leaves the
// position where it was, except tails, which reads to the end.
type ruleScanner struct {
	s string
	i int
}

func (p *ruleScanner) eof() bool { return p.i >= len(p.s) }

// lit consumes the first of words that the remaining text starts with.
// Longer words must come before their prefixes.
func (p *ruleScanner) lit(words ...string) bool {
	for _, w := range words {
		if strings.HasPrefix(p.s[p.i:], w) {
			p.i += len(w)
			return true
		}
	}
	return false
}

// ruleSepAt returns the byte size of a clause separator at s[i:], or 0.
func ruleSepAt(s string, i int) int {
	if i >= len(s) {
		return 0
	}
	switch s[i] {
	case ',', ';', ':', '!', '?':
		return 1
	case '.':
		if i+1 < len(s) && ruleIsDigit(s[i+1]) {
			return 0
		}
		return 1
	}
	return 0
}

// seps skips clause separators and reports whether there was one.
func (p *ruleScanner) seps() bool {
	start := p.i
	for {
		n := ruleSepAt(p.s, p.i)
		if n == 0 {
			return p.i > start
		}
		p.i += n
	}
}

// joiner skips the particles that may join a condition to its points:
// "低于60%的不得分", "完成时得满分".
func (p *ruleScanner) joiner() bool { return p.lit("的", "时", "者", "则", "即", "可") }

func ruleIsDigit(c byte) bool { return c >= '0' && c <= '9' }

// ruleIsFree reports whether the character at s[i:] may appear in free
// words, and its size: free words are the subject of a condition
// ("预算完成率"), a condition in words ("按期完成"), a finding ("问题").
// Digits, separators and "%" end free words.
func ruleIsFree(s string, i int) (size int, ok bool) {
	if i >= len(s) || ruleSepAt(s, i) > 0 {
		return 0, false
	}
	r, n := utf8.DecodeRuneInString(s[i:])
	if r == '%' || (r >= '0' && r <= '9') {
		return 0, false
	}
	return n, true
}

// freeThen consumes free words (at least minRunes of them) followed by what f
// accepts, trying the shortest run of free words first. It returns the free
// words. On failure the position is unchanged.
func (p *ruleScanner) freeThen(minRunes int, f func(*ruleScanner) bool) (string, bool) {
	start := p.i
	j, n := p.i, 0
	for {
		if n >= minRunes {
			p.i = j
			if f(p) {
				return p.s[start:j], true
			}
		}
		size, ok := ruleIsFree(p.s, j)
		if !ok {
			break
		}
		j += size
		n++
	}
	p.i = start
	return "", false
}

// number reads a decimal literal ("0.1", "6500"), and, when chinese is set,
// a small Chinese numeral ("一", "两", "十五").
func (p *ruleScanner) number(chinese bool) (decimal.Decimal, bool) {
	s := p.s
	j := p.i
	for j < len(s) && ruleIsDigit(s[j]) {
		j++
	}
	if j == p.i {
		if chinese {
			return p.chineseNumber()
		}
		return decimal.Zero, false
	}
	if j+1 < len(s) && s[j] == '.' && ruleIsDigit(s[j+1]) {
		j++
		for j < len(s) && ruleIsDigit(s[j]) {
			j++
		}
	}
	lit := s[p.i:j]
	if len(lit) > ruleMaxNumberLen {
		return decimal.Zero, false
	}
	d, err := decimal.NewFromString(lit)
	if err != nil {
		return decimal.Zero, false
	}
	p.i = j
	return d, true
}

// chineseNumber reads 零, 一…九, 两, 十, 十N, N十 and N十M.
func (p *ruleScanner) chineseNumber() (decimal.Decimal, bool) {
	digit := func() (int64, bool) {
		r, n := utf8.DecodeRuneInString(p.s[p.i:])
		var d int64
		switch r {
		case '零':
			d = 0
		case '一':
			d = 1
		case '二', '两':
			d = 2
		case '三':
			d = 3
		case '四':
			d = 4
		case '五':
			d = 5
		case '六':
			d = 6
		case '七':
			d = 7
		case '八':
			d = 8
		case '九':
			d = 9
		default:
			return 0, false
		}
		p.i += n
		return d, true
	}
	start := p.i
	tens, hasTens := digit()
	if !p.lit("十") {
		if !hasTens {
			p.i = start
			return decimal.Zero, false
		}
		return decimal.NewFromInt(tens), true
	}
	if !hasTens {
		tens = 1
	}
	units, _ := digit()
	return decimal.NewFromInt(tens*10 + units), true
}

// percentMark reads "%" or "个百分点".
func (p *ruleScanner) percentMark() bool { return p.lit("%", "个百分点", "百分点") }

// unitWord reads a short unit such as "场", "人次" or "万元": letters up to
// a word that starts what follows a quantity. A longer run of letters is not
// a unit; then it reads nothing.
func (p *ruleScanner) unitWord() string {
	start := p.i
	for n := 0; !p.eof(); n++ {
		rest := p.s[p.i:]
		for _, stop := range [...]string{"以", "及", "或", "之", "至", "到", "得", "计", "记", "给", "赋", "为", "不", "的", "时", "则", "者", "扣", "减", "即", "可", "满"} {
			if strings.HasPrefix(rest, stop) {
				return p.s[start:p.i]
			}
		}
		r, size := utf8.DecodeRuneInString(rest)
		if !unicode.Is(unicode.Han, r) && !(r < 0x80 && unicode.IsLetter(r)) {
			break
		}
		if n == ruleMaxUnitRunes {
			p.i = start
			return ""
		}
		p.i += size
	}
	return p.s[start:p.i]
}

// op reads a comparison in symbols or words.
func (p *ruleScanner) op() num.Op {
	for _, c := range [...]struct {
		word string
		op   num.Op
	}{
		{"≥", num.AtLeast}, {">=", num.AtLeast}, {"大于等于", num.AtLeast}, {"大于或等于", num.AtLeast},
		{"高于或等于", num.AtLeast}, {"不低于", num.AtLeast}, {"不少于", num.AtLeast}, {"达到或超过", num.AtLeast}, {"达到", num.AtLeast},
		{"≤", num.AtMost}, {"<=", num.AtMost}, {"小于等于", num.AtMost}, {"小于或等于", num.AtMost}, {"低于或等于", num.AtMost},
		{"不超过", num.AtMost}, {"不高于", num.AtMost}, {"不多于", num.AtMost}, {"不大于", num.AtMost}, {"未超过", num.AtMost},
		{"==", num.Equal}, {"=", num.Equal}, {"等于", num.Equal}, {"为", num.Equal},
		{">", num.Above}, {"大于", num.Above}, {"高于", num.Above}, {"超过", num.Above}, {"超出", num.Above},
		{"<", num.Below}, {"小于", num.Below}, {"低于", num.Below}, {"未达到", num.Below}, {"不足", num.Below}, {"少于", num.Below}, {"不到", num.Below},
	} {
		if p.lit(c.word) {
			return c.op
		}
	}
	return num.None
}

// ruleQuantity is a number in a condition with its percent sign or unit.
type ruleQuantity struct {
	v       decimal.Decimal
	percent bool
	unit    string
}

func (p *ruleScanner) quantity() (ruleQuantity, bool) {
	v, ok := p.number(false)
	if !ok {
		return ruleQuantity{}, false
	}
	if p.percentMark() {
		return ruleQuantity{v: v.Shift(-2), percent: true}, true
	}
	return ruleQuantity{v: v, unit: p.unitWord()}, true
}

// inclusion reads "(含)" or "(不含)" after a bound.
func (p *ruleScanner) inclusion() (inclusive, marked bool) {
	switch {
	case p.lit("(含)", "(含本数)", "(包含)", "(包括)", "(含本值)"):
		return true, true
	case p.lit("(不含)", "(不含本数)", "(不包含)", "(不包括)", "(不含本值)"):
		return false, true
	}
	return false, false
}

func (p *ruleScanner) dash() bool { return p.lit("--", "-", "~", "至", "到") }

// ruleCond is a condition on a value: a comparison ("≥95%", "30%以上",
// "大于30%"), a bare value ("100%") or a range ("0-10%(含)").
type ruleCond struct {
	op      num.Op // the comparison; num.None for a bare value or a range
	isRange bool
	val     decimal.Decimal // the bound of op, or the bare value
	lo, hi  decimal.Decimal // the range
	loInc   bool
	hiInc   bool
	percent bool
	unit    string
}

// cond reads a condition; ranges only when allowRange.
func (p *ruleScanner) cond(allowRange bool) (ruleCond, bool) {
	start := p.i
	fail := func() (ruleCond, bool) { p.i = start; return ruleCond{}, false }
	op := p.op()
	q, ok := p.quantity()
	if !ok {
		return fail()
	}
	inc, marked := p.inclusion()
	if op == num.None && allowRange {
		save := p.i
		if p.dash() {
			if q2, ok := p.quantity(); ok {
				inc2, marked2 := p.inclusion()
				p.lit("之间", "区间")
				c := ruleCond{isRange: true, lo: q.v, hi: q2.v, percent: q.percent || q2.percent}
				switch {
				case q.percent == q2.percent:
				case q2.percent && !q.percent && q.unit == "":
					c.lo = q.v.Shift(-2) // "0-10%": the sign covers both ends
				case q.percent && !q2.percent && q2.unit == "":
					c.hi = q2.v.Shift(-2)
				default:
					return fail()
				}
				switch {
				case q.unit == q2.unit, q2.unit == "":
					c.unit = q.unit
				case q.unit == "":
					c.unit = q2.unit
				default:
					return fail()
				}
				switch {
				case marked2:
					c.hiInc = inc2
				case marked && inc:
					c.hiInc = false // "90%(含)-95%": 95% belongs to the band above
				default:
					c.hiInc = true
				}
				switch {
				case marked:
					c.loInc = inc
				case marked2 && inc2:
					c.loInc = false // "10-20%(含)": 10% belongs to the band before
				default:
					c.loInc = true
				}
				if c.lo.GreaterThan(c.hi) {
					return fail()
				}
				return c, true
			}
			p.i = save
		}
	}
	sop := num.None
	switch {
	case p.lit("及以上", "或以上", "以上"):
		sop = num.AtLeast
	case p.lit("及以下", "或以下", "以下", "及以内", "以内"):
		sop = num.AtMost
	}
	if sop != num.None {
		if inc2, marked2 := p.inclusion(); marked2 {
			if marked {
				return fail()
			}
			inc, marked = inc2, true
		}
		if marked && !inc {
			if sop == num.AtLeast {
				sop = num.Above
			} else {
				sop = num.Below
			}
		}
		if op != num.None {
			return fail()
		}
		op = sop
	} else if marked {
		return fail()
	}
	return ruleCond{op: op, val: q.v, percent: q.percent, unit: q.unit}, true
}

// band converts a condition to a Band without points.
func (c ruleCond) band() Band {
	b := Band{Percent: c.percent, Unit: c.unit}
	v := c.val
	switch {
	case c.isRange:
		lo, hi := c.lo, c.hi
		b.Lo, b.Hi, b.LoInclusive, b.HiInclusive = &lo, &hi, c.loInc, c.hiInc
	case c.op == num.AtLeast:
		b.Lo, b.LoInclusive = &v, true
	case c.op == num.Above:
		b.Lo = &v
	case c.op == num.AtMost:
		b.Hi, b.HiInclusive = &v, true
	case c.op == num.Below:
		b.Hi = &v
	default: // Equal, None: the single value
		w := v
		b.Lo, b.Hi, b.LoInclusive, b.HiInclusive = &v, &w, true, true
	}
	return b
}

// fullMarks reads "得满分" and its variants, after optional joiners.
func (p *ruleScanner) fullMarks() bool {
	start := p.i
	p.joiner()
	if p.lit("得满分", "计满分", "记满分", "给满分", "为满分", "给予满分", "得全分", "计全分", "得该项满分", "得本项满分", "满分") {
		return true
	}
	p.i = start
	return false
}

// zeroPoints reads "不得分" and its variants, after optional joiners.
func (p *ruleScanner) zeroPoints() bool {
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
func (p *ruleScanner) points() (score decimal.Decimal, full, ok bool) {
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
func (p *ruleScanner) deductAmount() (decimal.Decimal, bool) {
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
func (p *ruleScanner) floorTail() bool {
	start := p.i
	p.lit("本项指标", "该项指标", "本指标", "该指标", "本项", "该项", "此项")
	p.lit("分值", "分数")
	if p.lit("扣完为止", "扣完即止", "扣完本项分值为止", "扣完该项分值为止", "扣完本项为止", "扣完该项为止",
		"扣完分值为止", "扣至0分为止", "扣至零分为止", "扣到0分为止", "扣至0分", "直至扣完", "直到扣完", "最低0分", "最低得0分",
		"最低为0分", "不倒扣", "不扣成负分", "扣完") {
		return true
	}
	p.i = start
	return false
}

// maxDeductTail reads "最多扣2分".
func (p *ruleScanner) maxDeductTail() (decimal.Decimal, bool) {
	start := p.i
	if p.lit("最多扣除", "最多扣减", "最多扣", "最高扣除", "最高扣", "扣分上限为", "扣分不超过", "累计扣分不超过", "最多") {
		if v, ok := p.number(true); ok && p.lit("分") {
			return v, true
		}
	}
	p.i = start
	return decimal.Zero, false
}

// capTail reads the words that cap a proportional score at full marks:
// "满分为止", "最高不超过满分".
func (p *ruleScanner) capTail() bool {
	start := p.i
	if p.lit("超过100%的按100%计算", "超过100%按100%计算", "超过100%的按100%计", "超过100%按100%计",
		"以满分为限", "以满分为上限", "超额完成不加分", "超额部分不加分", "超出部分不加分", "超过目标值不加分", "超额不加分", "封顶") {
		return true
	}
	prefix := p.lit("最高得分", "得分最高", "最高分", "最高", "最多", "得分")
	verb := p.lit("不得超过", "不超过", "不高于")
	if !verb {
		p.lit("得", "为")
	}
	p.lit("该项", "本项", "该指标", "本指标", "指标")
	if p.lit("满分值", "满分", "分值") {
		suffix := p.lit("为止", "为限", "封顶")
		if prefix || verb || suffix {
			return true
		}
	}
	p.i = start
	return false
}

// ruleIsNegation reports whether free words open a clause for the case
// where the condition fails: "未完成", "否则", "逾期".
func ruleIsNegation(free string) bool {
	for _, w := range [...]string{"未", "没有", "没", "否则", "否", "逾期", "不", "无", "其他", "其它", "其余", "反之", "超期", "延期"} {
		if strings.HasPrefix(free, w) {
			return true
		}
	}
	return false
}

// tails consumes the rest of the text as clauses that accept takes.
func (p *ruleScanner) tails(accept func(*ruleScanner) bool) bool {
	for {
		p.seps()
		if p.eof() {
			return true
		}
		if !accept(p) {
			return false
		}
	}
}

// ruleParseManual reads a checklist: "每发现一处问题扣1分，扣完为止",
// optionally after a full-marks condition ("编制规范、依据充分得满分；").
func ruleParseManual(p *ruleScanner) (Rule, bool) {
	start := p.i
	if _, ok := p.freeThen(1, (*ruleScanner).fullMarks); !ok || !p.seps() {
		p.i = start
	}
	if _, ok := p.freeThen(0, func(q *ruleScanner) bool {
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
	if _, ok := p.freeThen(0, func(q *ruleScanner) bool {
		q.seps()
		q.joiner()
		var ok bool
		amount, ok = q.deductAmount()
		return ok
	}); !ok {
		return Rule{}, false
	}
	r := Rule{Kind: RuleManual, PerFinding: amount}
	ok := p.tails(func(q *ruleScanner) bool {
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

// ruleParseDeduction reads a per-step deduction:
// "预算完成率=100%得满分，每低1个百分点扣0.1分，扣完为止",
// "结转结余率≤5%得满分，每超过1个百分点扣0.5分",
// "每低于目标值1个百分点扣0.2分".
func ruleParseDeduction(p *ruleScanner) (Rule, bool) {
	var (
		c       ruleCond
		hasCond bool
		full    bool
	)
	start := p.i
	if free, ok := p.freeThen(0, func(q *ruleScanner) bool {
		var ok bool
		if c, ok = q.cond(false); !ok {
			return false
		}
		joined := q.joiner()
		sep := q.seps()
		if q.fullMarks() {
			full = true
			return true
		}
		return joined || sep
	}); ok && !strings.Contains(free, "每") {
		hasCond = true
		p.seps()
	} else {
		p.i = start
	}
	d := Deduction{}
	if _, ok := p.freeThen(0, func(q *ruleScanner) bool { return q.step(&d) }); !ok {
		return Rule{}, false
	}
	ok := p.tails(func(q *ruleScanner) bool {
		if q.floorTail() {
			return true
		}
		if v, ok := q.maxDeductTail(); ok && d.MaxDeduct == nil && v.Sign() > 0 {
			d.MaxDeduct = &v
			return true
		}
		return false
	})
	if !ok {
		return Rule{}, false
	}
	if hasCond {
		if !ruleDirectionFits(d.Direction, c.op, full) {
			return Rule{}, false
		}
		if c.percent && !d.StepPercent || c.unit != "" && d.StepPercent || c.unit != "" && d.StepUnit != "" && c.unit != d.StepUnit {
			return Rule{}, false
		}
		v := c.val
		d.Threshold, d.ThresholdOp, d.ThresholdPercent, d.ThresholdUnit = &v, c.op, c.percent, c.unit
	}
	return Rule{Kind: RuleDeduction, Deduction: &d}, true
}

// ruleDirectionFits reports whether a threshold condition fits the
// direction of the deduction. A full-marks condition ("≥95%得满分") faces away
// from the deduction; a bare condition ("低于100%的，每低…") faces towards it.
func ruleDirectionFits(dir Direction, op num.Op, full bool) bool {
	switch op {
	case num.None, num.Equal:
		return true
	case num.AtLeast:
		return full && dir == DeductBelow
	case num.Above:
		return full == (dir == DeductBelow)
	case num.AtMost:
		return full && dir == DeductAbove
	case num.Below:
		return full == (dir == DeductAbove)
	}
	return false
}

// step reads "每低1个百分点扣0.1分", "每超过5%扣1分", "每少1场扣0.5分",
// "每低于目标值1个百分点扣0.2分".
func (p *ruleScanner) step(out *Deduction) bool {
	start := p.i
	fail := func() bool { p.i = start; return false }
	d := &Deduction{}
	if !p.lit("每") {
		return fail()
	}
	switch {
	case p.lit("超过", "超出", "高于", "高出", "增加", "增长", "提高", "上升", "上浮", "多于", "多出", "多", "超", "高"):
		d.Direction = DeductAbove
	case p.lit("低于", "低出", "降低", "下降", "减少", "下浮", "少于", "少", "不足", "低", "差"):
		d.Direction = DeductBelow
	default:
		return fail()
	}
	p.lit("于")
	p.lit("目标值", "目标", "计划值", "计划数", "计划", "预期值", "预期", "标准值", "标准", "指标值")
	step, ok := p.number(true)
	if !ok || step.Sign() <= 0 {
		return fail()
	}
	if p.percentMark() {
		d.Step, d.StepPercent = step.Shift(-2), true
	} else {
		d.StepUnit = p.unitWord()
		if d.StepUnit == "" {
			return fail()
		}
		d.Step = step
	}
	p.seps()
	p.joiner()
	amount, ok := p.deductAmount()
	if !ok {
		return fail()
	}
	d.Amount = amount
	*out = *d
	return true
}

// ruleParseProportional reads "按完成比例计算得分，满分为止", "按实际完成比例
// 计分，最高不超过满分", "完成率×分值", "完成目标得满分，未完成按比例得分".
func ruleParseProportional(p *ruleScanner) (Rule, bool) {
	main := false
	ok := p.tails(func(q *ruleScanner) bool {
		if !main {
			if _, ok := q.freeThen(0, (*ruleScanner).proportionalMain); ok {
				main = true
				return true
			}
		}
		if q.capTail() || q.floorTail() {
			return true
		}
		free, ok := q.freeThen(1, (*ruleScanner).fullMarks)
		return ok && !ruleIsNegation(free)
	})
	if !ok || !main {
		return Rule{}, false
	}
	return Rule{Kind: RuleProportional}, true
}

// proportionalMain reads the clause that names proportional scoring:
// "按完成比例计算得分", "完成率×分值".
func (p *ruleScanner) proportionalMain() bool {
	start := p.i
	if p.lit("按照", "按", "依据", "根据") {
		p.lit("实际")
		p.lit("完成", "执行")
		p.lit("情况")
		if p.lit("比例", "比率", "百分比", "率", "进度") {
			computed := p.lit("折算", "计算", "核算")
			if p.lit("得分", "计分", "给分", "赋分", "打分", "扣分", "评分", "分值") || computed {
				return true
			}
		}
		p.i = start
	}
	p.lit("得分=", "得分为", "分数=")
	if p.ratioWord() && p.times() && p.weightWord() {
		return true
	}
	p.i = start
	p.lit("得分=", "得分为", "分数=")
	if p.weightWord() && p.times() && p.ratioWord() {
		return true
	}
	p.i = start
	return false
}

// ratioWord reads the ratio in a formula: "完成率", "(实际完成值/目标值)".
func (p *ruleScanner) ratioWord() bool {
	start := p.i
	open := p.lit("(")
	if p.lit("实际完成值/目标值", "实际值/目标值", "完成值/目标值", "实际完成数/目标数", "实际完成率", "实际完成比例", "完成率", "完成比例", "完成比率") && (!open || p.lit(")")) {
		return true
	}
	p.i = start
	return false
}

// times reads a multiplication sign.
func (p *ruleScanner) times() bool { return p.lit("×", "*", "x", "X", "乘以", "乘") }

// weightWord reads the weight in a formula: "分值", "该指标分值".
func (p *ruleScanner) weightWord() bool {
	start := p.i
	p.lit("该项指标", "该项", "本项", "该指标", "本指标", "指标")
	if p.lit("分值", "权重", "满分", "分数") {
		return true
	}
	p.i = start
	return false
}

// ruleParseBinary reads "按期完成得满分，未完成不得分".
func ruleParseBinary(p *ruleScanner) (Rule, bool) {
	if _, ok := p.freeThen(1, (*ruleScanner).fullMarks); !ok {
		return Rule{}, false
	}
	if !p.seps() {
		return Rule{}, false
	}
	neg, ok := p.freeThen(1, (*ruleScanner).zeroPoints)
	if !ok || !ruleIsNegation(neg) {
		return Rule{}, false
	}
	p.seps()
	if !p.eof() {
		return Rule{}, false
	}
	return Rule{Kind: RuleBinary}, true
}

// ruleParseBands reads a list of ranges and their points:
// "预算调整率=0，计3分；0-10%（含），计2分；10-20%（含），计1分；大于30%不得分".
func ruleParseBands(p *ruleScanner) (Rule, bool) {
	var bands []Band
	numeric := 0
	ok := p.tails(func(q *ruleScanner) bool {
		var b Band
		if _, ok := q.freeThen(0, func(q *ruleScanner) bool {
			c, ok := q.cond(true)
			if !ok {
				return false
			}
			b = c.band()
			b.Score, b.FullMarks, ok = q.points()
			return ok
		}); ok {
			bands = append(bands, b)
			numeric++
			return true
		}
		free, ok := q.freeThen(1, func(q *ruleScanner) bool {
			var ok bool
			b = Band{}
			b.Score, b.FullMarks, ok = q.points()
			return ok
		})
		if ok && ruleIsNegation(free) {
			b.Otherwise = true
			bands = append(bands, b)
			return true
		}
		return false
	})
	if !ok || numeric == 0 {
		return Rule{}, false
	}
	return Rule{Kind: RuleBands, Bands: bands}, true
}
