package evaluation

import (
	"github.com/jixiao-go/jixiao/budget"
	"github.com/jixiao-go/jixiao/indicator"
	"github.com/jixiao-go/jixiao/internal/num"
	"github.com/jixiao-go/jixiao/scoring"
	"github.com/jixiao-go/jixiao/xlsx"
)

// recompute scores every 三级 row from its 评分标准 (the national default on
// a project sheet without one) and compares the result with the declared
// score.
func (p *pass) recompute(t *indicator.Table, kind FormKind) *Coverage {
	cov := &Coverage{Total: len(t.Indicators)}
	_, hasRuleColumn := t.Columns[indicator.ColRule]
	for i, in := range t.Indicators {
		if i%cancelEvery == cancelEvery-1 && p.stopped() {
			return cov
		}
		rule := scoring.Rule{Kind: scoring.None}
		switch {
		case in.Rule != nil && in.Rule.Kind != xlsx.Empty:
			rule = p.parseRule(in.Rule.Text)
		case kind == KindProject && !hasRuleColumn:
			rule = scoring.DefaultRule()
		}
		p.recomputeOne(in, rule, cov)
	}
	return cov
}

func (p *pass) recomputeOne(in *indicator.Indicator, rule scoring.Rule, cov *Coverage) {
	name := in.Name.Text
	if rule.Kind == scoring.None || rule.Kind == scoring.Unreadable {
		cov.Unreadable++
		at := in.Name.Ref
		if in.Rule != nil {
			at = in.Rule.Ref
		}
		text := ""
		if in.Rule != nil {
			text = in.Rule.Text
		}
		p.add(CodeRuleUnreadable, at, []xlsx.Ref{in.Score.Ref}, "", text,
			"指标“"+name+"”的评分标准无法识别，得分按填报值采用，未重新计算。",
			"the scoring rule of "+name+" cannot be read; the declared score is taken as given.")
		return
	}
	if !in.Weight.OK() || !in.Score.OK() {
		cov.Unusable++
		return
	}
	declared := score(in.Score)
	weight := exact(in.Weight).val.Value
	target, actual := scoringValue(in.Target), scoringValue(in.Actual)
	out := rule.ScoreOnly(target, actual, weight, declared.val.Places)
	if out.Status == scoring.ScoreComputed && !out.Score.Equal(declared.val.Value) {
		out = rule.Score(target, actual, weight, declared.val.Places) // with the interval, to judge rounding
	}
	switch out.Status {
	case scoring.ScoreManual:
		cov.Manual++
		return
	case scoring.ScoreUnreadable:
		cov.Unreadable++
		return
	case scoring.ScoreUnusable:
		cov.Unusable++
		if out.UnitMismatch {
			p.add(CodeUnitMismatch, in.Actual.Ref, []xlsx.Ref{in.Target.Ref}, "", in.Actual.Text,
				"指标“"+name+"”目标值“"+in.Target.Text+"”与实际完成值“"+in.Actual.Text+"”单位不一致，无法重算得分，请核实。",
				"indicator "+name+": the target \""+in.Target.Text+"\" and the actual value \""+in.Actual.Text+"\" are in different units; the score cannot be recomputed.")
		}
		return
	}
	if out.Score.Equal(declared.val.Value) || declared.interval().Meets(out.Interval) {
		cov.Matched++
		return
	}
	cov.Differs++
	p.hints[in.Score.Ref] = out.Score
	exp, act := fixed(out.Score, declared.val.Places), declared.val.String()
	related := []xlsx.Ref{in.Target.Ref, in.Actual.Ref, in.Weight.Ref}
	if in.Rule != nil {
		related = append(related, in.Rule.Ref)
	}
	var i int
	if declared.val.Value.Equal(weight) && out.Score.LessThan(weight) {
		i = p.add(CodeMissedFullMarks, in.Score.Ref, related, exp, act,
			"指标“"+name+"”目标值“"+in.Target.Text+"”，实际完成“"+in.Actual.Text+"”，未达目标却得满分 "+act+"；按评分标准应得 "+exp+" 分。",
			"indicator "+name+" missed its target ("+in.Actual.Text+" against "+in.Target.Text+") yet was given full marks, "+act+"; its rule gives "+exp+".")
	} else {
		i = p.add(CodeRuleScore, in.Score.Ref, related, exp, act,
			"指标“"+name+"”目标值“"+in.Target.Text+"”，实际完成“"+in.Actual.Text+"”，按评分标准应得 "+exp+" 分，表中填写 "+act+" 分。",
			"indicator "+name+": target \""+in.Target.Text+"\", actual \""+in.Actual.Text+"\"; its rule gives "+exp+", but the score reads "+act+".")
	}
	p.setFix(i, in.Score.Ref, exp)
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
