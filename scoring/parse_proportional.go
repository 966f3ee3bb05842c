package scoring

// parseProportional reads "按完成比例计算得分，满分为止", "按实际完成比例
// 计分，最高不超过满分", "完成率×分值", "完成目标得满分，未完成按比例得分".
func parseProportional(p *scanner) (Rule, bool) {
	main := false
	ok := p.tails(func(q *scanner) bool {
		if !main {
			if _, ok := q.freeThen(0, (*scanner).proportionalMain); ok {
				main = true
				return true
			}
		}
		if q.capTail() || q.floorTail() {
			return true
		}
		free, ok := q.freeThen(1, (*scanner).fullMarks)
		return ok && !isNegation(free)
	})
	if !ok || !main {
		return Rule{}, false
	}
	return Rule{Kind: Proportional}, true
}

// proportionalMain reads the clause that names proportional scoring:
// "按完成比例计算得分", "完成率×分值".
func (p *scanner) proportionalMain() bool {
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
func (p *scanner) ratioWord() bool {
	start := p.i
	open := p.lit("(")
	if p.lit("实际完成值/目标值", "实际值/目标值", "完成值/目标值", "实际完成数/目标数", "实际完成率", "实际完成比例", "完成率", "完成比例", "完成比率") && (!open || p.lit(")")) {
		return true
	}
	p.i = start
	return false
}

// times reads a multiplication sign.
func (p *scanner) times() bool { return p.lit("×", "*", "x", "X", "乘以", "乘") }

// weightWord reads the weight in a formula: "分值", "该指标分值".
func (p *scanner) weightWord() bool {
	start := p.i
	p.lit("该项指标", "该项", "本项", "该指标", "本指标", "指标")
	if p.lit("分值", "权重", "满分", "分数") {
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
		suffix := p.lit("为止", "为限", "封顶")
		if prefix || verb || suffix {
			return true
		}
	}
	p.i = start
	return false
}
