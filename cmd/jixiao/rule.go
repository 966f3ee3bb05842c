package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"

	"github.com/jixiao-go/jixiao/present"
	"github.com/jixiao-go/jixiao/scoring"
	"github.com/shopspring/decimal"
)

// ruleReport is what `jixiao rule` says of one 评分标准 text.
type ruleReport struct {
	Kind    scoring.Kind   `json:"kind"`
	Partial bool           `json:"partial"`
	Status  scoring.Status `json:"status,omitempty"`
	Score   *string        `json:"score"`
	Params  map[string]any `json:"params"`
	Note    string         `json:"note"`
}

// runRule reads a rule text and, given a weight (and the target and actual
// it needs), scores it: the tool a clerk tests a rule with before writing it
// into a form. Exit 0 when the text is read, 1 when it is unreadable, 2 on a
// usage error.
func runRule(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("rule", stderr)
	weightFlag := fs.String("weight", "", "the indicator's weight (分值), such as 5")
	targetFlag := fs.String("target", "", "the target (指标值), such as ≥95% or 40场")
	actualFlag := fs.String("actual", "", "the actual value (实际完成值), such as 92% or \"30.00 (10.77%)\"")
	format := fs.String("format", "text", "output format: text or json")
	langFlag := fs.String("lang", "zh", "language of the note: zh or en")
	prorate := fs.Bool("prorate", false, "charge the part steps of a deduction in proportion (default: whole steps)")
	texts, code, ok := parseCommand(fs, args, stdout)
	if !ok {
		return code
	}
	lang, err := present.ParseLang(*langFlag)
	if err != nil {
		fmt.Fprintln(stderr, "jixiao:", err)
		return exitTrouble
	}
	if len(texts) != 1 || *format != "text" && *format != "json" {
		fmt.Fprintln(stderr, "usage: "+synopsis("rule"))
		return exitTrouble
	}
	rep, err := readRule(texts[0], *weightFlag, *targetFlag, *actualFlag, *prorate, lang)
	if err != nil {
		fmt.Fprintln(stderr, "jixiao:", err)
		return exitTrouble
	}
	if *format == "json" {
		enc := json.NewEncoder(stdout)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(rep); err != nil {
			fmt.Fprintln(stderr, "jixiao:", err)
			return exitTrouble
		}
	} else {
		printRule(printableWriter{stdout}, rep, lang)
	}
	if rep.Kind == scoring.Unreadable || rep.Kind == scoring.None {
		return exitFindings
	}
	return exitValid
}

// readRule parses text and scores it when a weight is given.
func readRule(text, weight, target, actual string, prorate bool, lang present.Lang) (*ruleReport, error) {
	rule := scoring.Parse(text)
	if prorate {
		rule = rule.Prorated()
	}
	rep := &ruleReport{Kind: rule.Kind, Partial: rule.Partial, Params: ruleParams(rule)}
	notes := []string{kindNote(rule).In(lang)}
	if rule.Reason != "" && lang == present.EN {
		notes = append(notes, rule.Reason)
	}
	computable := !rule.Partial && rule.Kind != scoring.Judgement && rule.Kind != scoring.Checklist &&
		rule.Kind != scoring.Unreadable && rule.Kind != scoring.None
	if strings.TrimSpace(weight) == "" {
		if !computable {
			rep.Note = strings.Join(notes, " ")
			return rep, nil
		}
		notes = append(notes, present.Text{ZH: "给出 --weight（以及所需的 --target、--actual）即可计算得分。", EN: "give --weight (and --target, --actual as needed) for a score."}.In(lang))
		rep.Note = strings.Join(notes, " ")
		return rep, nil
	}
	w, err := decimal.NewFromString(strings.TrimSpace(weight))
	if err != nil || w.Sign() < 0 {
		return nil, fmt.Errorf("--weight %q is not a number of points", weight)
	}
	out := rule.Score(scoring.ParseValue(target), scoring.ParseValue(actual), w, 2)
	rep.Status = out.Status
	if out.Status == scoring.ScoreComputed {
		s := out.Score.StringFixed(2)
		rep.Score = &s
	} else if out.Reason != "" {
		notes = append(notes, statusNote(out.Status).In(lang)+present.Text{ZH: "（", EN: " ("}.In(lang)+out.Reason+present.Text{ZH: "）", EN: ")"}.In(lang))
	}
	rep.Note = strings.Join(notes, " ")
	return rep, nil
}

// kindNote says in a sentence what the kind of rule means for its score.
func kindNote(r scoring.Rule) present.Text {
	switch {
	case r.Kind == scoring.Judgement:
		return present.Text{ZH: "由评价人判断打分，不重新计算。", EN: "a person decides the score; it is not recomputed."}
	case r.Kind == scoring.Checklist:
		return present.Text{ZH: "按逐项或逐处计分，需要人工清点，不重新计算。", EN: "points per item a person counts; it is not recomputed."}
	case r.Kind == scoring.Unreadable:
		return present.Text{ZH: "评分标准无法识别，不重新计算。", EN: "the rule is not readable; it is not recomputed."}
	case r.Kind == scoring.None:
		return present.Text{ZH: "没有评分标准。", EN: "no rule text."}
	case r.Partial:
		return present.Text{ZH: "能看出评分方式，但有条款未能读懂，不重新计算。", EN: "the kind is clear but not every clause is read; it is not recomputed."}
	}
	return present.Text{ZH: "可以按评分标准重新计算得分。", EN: "the score follows from the rule."}
}

// statusNote says why a readable rule gave no score.
func statusNote(s scoring.Status) present.Text {
	switch s {
	case scoring.ScoreManual:
		return present.Text{ZH: "需人工核定", EN: "left to a person"}
	case scoring.ScoreUnusable:
		return present.Text{ZH: "数据不全或不可比，无法计算", EN: "the figures cannot be used"}
	}
	return present.Text{ZH: "无法计算", EN: "not scored"}
}

// ruleParams are the parameters read from a rule, by kind.
func ruleParams(r scoring.Rule) map[string]any {
	p := map[string]any{}
	if r.Points != nil {
		p["points"] = r.Points.String()
	}
	switch r.Kind {
	case scoring.Proportional:
		p["ratio"] = "actual/target (target/actual for ≤ targets)"
		if r.OfRate {
			p["ratio"] = "执行率: spent/budget, or the rate written"
		}
	case scoring.Deduction:
		if d := r.Deduction; d != nil {
			p["direction"] = string(d.Direction)
			if d.Threshold != nil {
				p["threshold"] = quantityText(*d.Threshold, d.ThresholdPercent, d.ThresholdUnit)
				if op := string(d.ThresholdOp); op != "" {
					p["threshold_op"] = op
				}
			}
			p["step"] = quantityText(d.Step, d.StepPercent, d.StepUnit)
			p["amount"] = d.Amount.String()
			if d.MaxDeduct != nil {
				p["max_deduct"] = d.MaxDeduct.String()
			}
			p["steps"] = "whole"
			if d.Prorate {
				p["steps"] = "prorated"
			}
		}
	case scoring.Bands:
		var bands []map[string]any
		for _, b := range r.Bands {
			m := map[string]any{}
			switch {
			case b.Otherwise:
				m["otherwise"] = true
			default:
				if b.Lo != nil {
					m["lo"], m["lo_inclusive"] = quantityText(*b.Lo, b.Percent, b.Unit), b.LoInclusive
				}
				if b.Hi != nil {
					m["hi"], m["hi_inclusive"] = quantityText(*b.Hi, b.Percent, b.Unit), b.HiInclusive
				}
			}
			if b.FullMarks {
				m["score"] = "full"
			} else {
				m["score"] = b.Score.String()
			}
			bands = append(bands, m)
		}
		if bands != nil {
			p["bands"] = bands
		}
	case scoring.Checklist:
		if r.PerFinding.Sign() > 0 {
			p["per_item"] = r.PerFinding.String()
		}
		if r.MaxDeduct != nil {
			p["max_deduct"] = r.MaxDeduct.String()
		}
	}
	return p
}

// quantityText writes a bound or a step as the rule wrote it: "100%",
// "1个百分点" as "1%", "5场".
func quantityText(v decimal.Decimal, percent bool, unit string) string {
	if percent {
		return v.Shift(2).String() + "%" + unit
	}
	return v.String() + unit
}

// printRule writes the report as a few lines for a person.
func printRule(w io.Writer, r *ruleReport, l present.Lang) {
	kind := string(r.Kind)
	if r.Partial {
		kind += present.Text{ZH: "（未完全读懂）", EN: " (read in part)"}.In(l)
	}
	fmt.Fprintf(w, "%s%s\n", present.Text{ZH: "类型：", EN: "kind: "}.In(l), kind)
	if len(r.Params) > 0 {
		b, _ := json.Marshal(r.Params)
		fmt.Fprintf(w, "%s%s\n", present.Text{ZH: "参数：", EN: "params: "}.In(l), strings.ReplaceAll(string(b), `\u003e`, ">"))
	}
	score := "—"
	if r.Score != nil {
		score = *r.Score
	}
	fmt.Fprintf(w, "%s%s\n", present.Text{ZH: "得分：", EN: "score: "}.In(l), score)
	fmt.Fprintf(w, "%s%s\n", present.Text{ZH: "说明：", EN: "note: "}.In(l), r.Note)
}
