package evaluation

import (
	"github.com/jixiao-go/jixiao/budget"
	"github.com/jixiao-go/jixiao/indicator"
	"github.com/jixiao-go/jixiao/num"
	"github.com/jixiao-go/jixiao/present"
	"github.com/jixiao-go/jixiao/scoring"
	"github.com/jixiao-go/jixiao/xlsx"
)

// Scores recomputed from the 评分标准 of each 三级 row.

var ruleScore = Check{
	Code: CodeRuleScore, Severity: SeverityError, Forms: scoreForms,
	Title: present.Text{ZH: "得分与评分标准不符", EN: "score does not follow from its rule"},
	Doc: present.Text{
		ZH: "按目标值、实际完成值和“评分标准”中的规则重新计算的得分（项目支出绩效自评表没有评分标准时，按国家默认规则：完成目标得满分，否则按比例计分），与填报得分的差异超出舍入范围。精确计算，按显示的小数位数四舍五入。",
		EN: "The score recomputed from the target, the actual value and the rule in 评分标准 (on a project sheet without one, the national default: full marks when the target is met, else proportional) differs from the declared score beyond rounding. Computed exactly, rounded half away from zero to the places shown.",
	},
	Messages: []*present.Text{&msgRuleScore},
	Run: func(p *Pass) {
		p.reportRecomputed(false)
		p.reportSlips()
	},
}

var missedFullMarks = Check{
	Code: CodeMissedFullMarks, Severity: SeverityError, Forms: scoreForms,
	Title: present.Text{ZH: "未完成目标却得满分", EN: "missed target given full marks"},
	Doc: present.Text{
		ZH: "实际完成值未达到目标值，却给了该指标的全部分值；“应为”是评分标准给出的得分。",
		EN: "The actual value falls short of the target, yet the indicator was given its full weight; the expected score is what the rule gives.",
	},
	Messages: []*present.Text{&msgMissedFullMarks},
	Run:      func(p *Pass) { p.reportRecomputed(true) },
}

var unitMismatch = Check{
	Code: CodeUnitMismatch, Severity: SeverityWarning, Forms: scoreForms,
	Title: present.Text{ZH: "目标值与实际值单位不一致", EN: "target and actual in different units"},
	Doc: present.Text{
		ZH: "目标值与实际完成值的单位不同（如 % 与 个），无法重新计算得分；得分按填报值采用。",
		EN: "The target and the actual value are in different units (such as % against 个), so the score cannot be recomputed; the declared score is taken as given.",
	},
	Messages: []*present.Text{&msgUnitMismatch},
	Run:      runUnitMismatches,
}

var ruleUnreadable = Check{
	Code: CodeRuleUnreadable, Severity: SeverityInfo, Forms: scoreForms,
	Title: present.Text{ZH: "评分标准无法识别", EN: "scoring rule not readable"},
	Doc: present.Text{
		ZH: "“评分标准”的文字不符合 jixiao 能识别的任何写法，无法重新计算得分，得分按填报值采用。需要人工计数的清单式规则（每发现一处问题扣1分）计为人工核定，不报告此项。",
		EN: "The 评分标准 text matches no pattern jixiao reads, so the score cannot be recomputed and is taken as given. Checklists that need a count a person gives (每发现一处问题扣1分) are counted as manual instead, without a finding.",
	},
	Messages: []*present.Text{&msgRuleUnreadable},
	Run:      runRulesUnreadable,
}

var (
	msgRuleScore = present.Text{
		ZH: "指标“{name}”目标值“{target}”，实际完成{actual}，按评分标准应得 {want} 分，表中填写 {got} 分。",
		EN: "indicator {name}: target \"{target}\", actual {actual}; its rule gives {want}, but the score reads {got}.",
	}
	// actualFromSentence names the figure of a sentence an actual was read
	// from.
	actualFromSentence = present.Text{ZH: "“{figure}”（取自“{sentence}”）", EN: "\"{figure}\" (from \"{sentence}\")"}
	actualAsWritten    = present.Text{ZH: "“{value}”", EN: "\"{value}\""}
	msgMissedFullMarks = present.Text{
		ZH: "指标“{name}”目标值“{target}”，实际完成{actual}，未达目标却得满分 {got}；按评分标准应得 {want} 分。",
		EN: "indicator {name} missed its target ({actual} against {target}) yet was given full marks, {got}; its rule gives {want}.",
	}
	msgUnitMismatch = present.Text{
		ZH: "指标“{name}”目标值“{target}”与实际完成值“{actual}”单位不一致，无法重算得分，请核实。",
		EN: "indicator {name}: the target \"{target}\" and the actual value \"{actual}\" are in different units; the score cannot be recomputed.",
	}
	msgRuleUnreadable = present.Text{
		ZH: "指标“{name}”的评分标准无法识别，得分按填报值采用，未重新计算。",
		EN: "the scoring rule of {name} cannot be read; the declared score is taken as given.",
	}
)

// recomputed is how the score of one 三级 row came out when recomputed.
type recomputed struct {
	in      *indicator.Indicator
	outcome scoring.Outcome
	// status is outcome.Status, or ScoreUnreadable for a row without a
	// readable rule, or ScoreUnusable for one without a weight or a score.
	status   scoring.Status
	noRule   bool // the rule is missing or unreadable (JX404)
	differs  bool // computed, and the declared score does not meet it
	slip     bool // computed, and the declared score is one unit off it
	fullMark bool // differs, and full marks were given for less
	// figure is the figure of a sentence the actual was read from
	// ("95.00%" of "编制40人，在职38人，95.00%"); "" when the cell is a
	// value.
	figure string
}

// recompute scores every 三级 row of the form's table from its 评分标准
// (the national default on a project sheet without one) and compares the
// result with the declared score. A score that differs becomes a hint for
// the fixes of failed sums.
func (p *Pass) recompute() []recomputed {
	fd := p.Form
	t := fd.Table
	_, hasRuleColumn := t.Columns[indicator.ColRule]
	out := p.st.recomputedRows(len(t.Indicators))
	for i, in := range t.Indicators {
		if i%cancelEvery == cancelEvery-1 && p.Stopped() {
			return out
		}
		rule := scoring.Rule{Kind: scoring.None}
		switch {
		case in.Rule != nil && in.Rule.Kind != xlsx.Empty:
			rule = p.st.parseRule(in.Rule.Text)
			if p.st.prorate {
				rule = rule.Prorated()
			}
		case !hasRuleColumn:
			rule = scoring.DefaultRule()
		}
		out = append(out, p.recomputeOne(in, rule))
	}
	return out
}

func (p *Pass) recomputeOne(in *indicator.Indicator, rule scoring.Rule) recomputed {
	r := recomputed{in: in}
	if rule.Kind == scoring.None || rule.Kind == scoring.Unreadable {
		r.status, r.noRule = scoring.ScoreUnreadable, true
		return r
	}
	if !in.Weight.OK() || !in.Score.OK() {
		r.status = scoring.ScoreUnusable
		return r
	}
	declared := score(in.Score)
	weight := exact(in.Weight).val.Value
	target, actual := scoringValue(in.Target), scoringValue(in.Actual)
	if !actual.Numeric || actual.Problem != "" {
		if v, figure, ok := scoring.SentenceValue(in.Actual.Text); ok {
			v.Exact = exactValue(v.Quantity)
			actual, r.figure = v, figure
		}
	}
	out := rule.ScoreOnly(target, actual, weight, declared.val.Places)
	if out.Status == scoring.ScoreComputed && !out.Score.Equal(declared.val.Value) {
		out = rule.Score(target, actual, weight, declared.val.Places) // with the interval, to judge rounding
	}
	r.outcome, r.status = out, out.Status
	if out.Status != scoring.ScoreComputed || out.Score.Equal(declared.val.Value) || declared.interval().Meets(out.Interval) {
		return r
	}
	if isSlip(declared.val.Value, out.Score, declared.val.Places) {
		r.slip = true
		return r
	}
	r.fullMark = declared.val.Value.Equal(weight) && out.Score.LessThan(weight)
	if rule.Kind == scoring.Default && !r.fullMark {
		// No rule is printed: a met target scored below full marks, or a
		// missed one scored in part, is a person's judgement.
		r.status = scoring.ScoreManual
		return r
	}
	r.differs = true
	p.st.hints[in.Score.Ref] = out.Score
	return r
}

// reportRecomputed reports the rows whose declared score differs from the
// recomputed one: those given full marks (JX402) or the others (JX401).
func (p *Pass) reportRecomputed(fullMarks bool) {
	tpl := &msgRuleScore
	if fullMarks {
		tpl = &msgMissedFullMarks
	}
	for _, r := range p.Form.recomputed {
		if !r.differs || r.fullMark != fullMarks {
			continue
		}
		in := r.in
		declared := score(in.Score)
		exp, act := fixed(r.outcome.Score, declared.val.Places), declared.val.String()
		related := []xlsx.Ref{in.Target.Ref, in.Actual.Ref, in.Weight.Ref}
		if in.Rule != nil {
			related = append(related, in.Rule.Ref)
		}
		actual := present.M("actual", present.New(&actualAsWritten, present.S("value", in.Actual.Text)))
		if r.figure != "" {
			actual = present.M("actual", present.New(&actualFromSentence, present.S("figure", r.figure), present.S("sentence", in.Actual.Text)))
		}
		i := p.Report(Diagnostic{At: in.Score.Ref, Related: related, Expected: exp, Actual: act,
			Message: present.New(tpl, present.S("name", in.Name.Text), present.S("target", in.Target.Text),
				actual, present.S("want", exp), present.S("got", act))})
		p.Fix(i, in.Score.Ref, exp)
	}
}

// runUnitMismatches reports rows whose target and actual are in different
// units.
func runUnitMismatches(p *Pass) {
	for _, r := range p.Form.recomputed {
		if r.status != scoring.ScoreUnusable || !r.outcome.UnitMismatch {
			continue
		}
		in := r.in
		p.Report(Diagnostic{At: in.Actual.Ref, Related: []xlsx.Ref{in.Target.Ref}, Actual: in.Actual.Text,
			Message: present.New(&msgUnitMismatch, present.S("name", in.Name.Text), present.S("target", in.Target.Text), present.S("actual", in.Actual.Text))})
	}
}

// runRulesUnreadable reports rows without a rule jixiao can read.
func runRulesUnreadable(p *Pass) {
	for _, r := range p.Form.recomputed {
		if !r.noRule {
			continue
		}
		in := r.in
		at, text := in.Name.Ref, ""
		if in.Rule != nil {
			at, text = in.Rule.Ref, in.Rule.Text
		}
		p.Report(Diagnostic{At: at, Related: []xlsx.Ref{in.Score.Ref}, Actual: text,
			Message: present.New(&msgRuleUnreadable, present.S("name", in.Name.Text))})
	}
}

// coverage counts how the rows came out.
func coverageOf(rows []recomputed, total int) *Coverage {
	cov := &Coverage{Total: total}
	for _, r := range rows {
		switch {
		case r.status == scoring.ScoreManual:
			cov.Manual++
		case r.status == scoring.ScoreUnreadable:
			cov.Unreadable++
		case r.status == scoring.ScoreUnusable:
			cov.Unusable++
		case r.differs:
			cov.Differs++
		default:
			cov.Matched++
		}
	}
	return cov
}

// scoringValue is a target or actual as the rule reads it: the number the
// table read (with the operator of a separate 指标性质 column and the unit
// of a 度量单位 column, and a number stored under a percentage format as
// the percentage it shows), or the text as written; exact as exactValue
// says.
func scoringValue(v indicator.Value) scoring.Value {
	var sv scoring.Value
	if v.Numeric {
		sv = scoring.QuantityValue(v.Text, v.Quantity)
	} else {
		sv = scoring.ParseValue(v.Text) // text, or why its number is unusable
	}
	sv.Exact = sv.Numeric && exactValue(sv.Quantity)
	return sv
}

// exactValue is the policy for which targets and actuals stand for
// themselves (domain.md §4, real/README.md §5): typed counts, targets and
// thresholds are exact, so that 1场 never meets ≥2场 within rounding; values
// that stand for hidden digits are intervals from the places they show:
// percentages, which someone computed from amounts, and money amounts
// (元, 万元, 万, 亿), which are rounded to their unit.
func exactValue(q num.Quantity) bool {
	return !q.Percent && budget.CanonicalUnit(q.Unit) == ""
}

var (
	subjectScoreOfRow = present.Text{ZH: "指标“{name}”得分", EN: "the score of {name}"}
	howRule           = present.Text{ZH: "评分标准（目标值“{target}”，实际完成“{actual}”）", EN: "its rule (target \"{target}\", actual \"{actual}\")"}
)

// reportSlips reports the rows whose declared score is one unit off the
// recomputed one in its last digit: a rounding slip, not a wrong score.
func (p *Pass) reportSlips() {
	for _, r := range p.Form.recomputed {
		if !r.slip {
			continue
		}
		in := r.in
		declared := score(in.Score)
		exp, act := fixed(r.outcome.Score, declared.val.Places), declared.val.String()
		related := []xlsx.Ref{in.Target.Ref, in.Actual.Ref, in.Weight.Ref}
		if in.Rule != nil {
			related = append(related, in.Rule.Ref)
		}
		i := p.ReportAs(&roundingSlip, Diagnostic{At: in.Score.Ref, Related: related, Expected: exp, Actual: act,
			Message: present.New(&msgSlip, present.M("what", present.New(&subjectScoreOfRow, present.S("name", in.Name.Text))),
				present.S("got", act), present.S("want", exp),
				present.M("how", present.New(&howRule, present.S("target", in.Target.Text), present.S("actual", in.Actual.Text))))})
		p.Fix(i, in.Score.Ref, exp)
	}
}
