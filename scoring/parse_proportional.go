package scoring

// parseProportional reads "按完成比例计算得分，满分为止", "按实际完成比例
// 计分，最高不超过满分", "完成率×分值", "完成目标得满分，未完成按比例得分".
func parseProportional(p *scanner) (Rule, bool) {
	main, ofRate := false, false
	readMain := func(q *scanner) bool {
		var ok bool
		ofRate, ok = q.proportionalMain()
		return ok
	}
	ok := p.tails(func(q *scanner) bool {
		if !main {
			if _, ok := q.freeThen(0, readMain); ok {
				main = true
				return true
			}
			// "未达到指标值，按B/A或A/B*该指标分值记分"
			if free, ok := q.freeThen(1, func(q *scanner) bool { return q.seps() && readMain(q) }); ok && isNegation(free) {
				main = true
				return true
			}
		}
		if q.capTail() || q.floorTail() {
			return true
		}
		// "完成值达到指标值，记满分"
		free, ok := q.freeThen(1, func(q *scanner) bool { q.seps(); return q.fullMarks() })
		return ok && !isNegation(free)
	})
	if !ok || !main {
		return Rule{}, false
	}
	return Rule{Kind: Proportional, OfRate: ofRate}, true
}

// proportionalMain reads the clause that names proportional scoring:
// "按完成比例计算得分", "完成率×分值", "执行率*该指标分值", "得分(20分*执行率)",
// "按B/A或A/B*该指标分值记分". ofRate is true when the ratio is an
// 执行率.
func (p *scanner) proportionalMain() (ofRate, ok bool) {
	start := p.i
	// "得分(20分*执行率)": the formula in brackets after 得分
	if p.lit("得分(", "得分=(") {
		if rate, ok := p.formula(); ok && p.lit(")") {
			return rate, true
		}
		p.i = start
	}
	p.lit("按照", "按")
	if rate, ok := p.formula(); ok {
		p.lit("记分", "计分", "得分", "赋分", "计算")
		return rate, true
	}
	p.i = start
	return false, p.proportionalWords()
}

// formula reads ratio × weight or weight × ratio, after an optional
// "得分=": "完成率×分值", "20分*执行率". rate is true when the ratio is an
// 执行率.
func (p *scanner) formula() (rate, ok bool) {
	start := p.i
	p.lit("得分=", "得分为", "分数=")
	if rate, ok := p.ratioWord(); ok && p.times() && p.weightWord() {
		return rate, true
	}
	p.i = start
	p.lit("得分=", "得分为", "分数=")
	if p.weightWord() && p.times() {
		if rate, ok := p.ratioWord(); ok {
			return rate, true
		}
	}
	p.i = start
	return false, false
}

// proportionalWords reads "按完成比例计算得分" and its variants.
func (p *scanner) proportionalWords() bool {
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
	}
	p.i = start
	return false
}

// ratioWord reads the ratio in a formula: "完成率", "(实际完成值/目标值)",
// "B/A或A/B", "执行率" (rate true).
func (p *scanner) ratioWord() (rate, ok bool) {
	start := p.i
	open := p.lit("(")
	switch {
	case p.lit("预算执行率", "资金执行率", "执行率"):
		rate = true
	case p.lit("实际完成值/目标值", "实际值/目标值", "完成值/目标值", "实际完成数/目标数", "实际完成率", "实际完成比例", "完成率", "完成比例", "完成比率",
		"B/A或A/B", "A/B或B/A", "B/A", "A/B"):
	default:
		p.i = start
		return false, false
	}
	if open && !p.lit(")") {
		p.i = start
		return false, false
	}
	return rate, true
}

// times reads a multiplication sign.
func (p *scanner) times() bool { return p.lit("×", "*", "x", "X", "乘以", "乘") }

// weightWord reads the weight in a formula: "分值", "该指标分值", "20分".
func (p *scanner) weightWord() bool {
	start := p.i
	p.lit("该项指标", "该项", "本项", "该指标", "本指标", "指标")
	if p.lit("分值", "权重", "满分", "分数") {
		return true
	}
	p.i = start
	if _, ok := p.number(false); ok && p.lit("分") {
		return true
	}
	p.i = start
	return false
}

// capTail reads the words that cap a proportional score at full marks:
// "满分为止", "最高不超过满分".
func (p *scanner) capTail() bool {
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
		suffix := p.lit("上限", "为止", "为限", "封顶")
		if prefix || verb || suffix {
			return true
		}
	}
	p.i = start
	return false
}
