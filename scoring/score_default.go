package scoring

// byDefault applies DefaultRule.
func (sc scorer) byDefault() Outcome {
	switch {
	case sc.t.empty:
		return unusable("target missing")
	case sc.a.empty:
		return unusable("actual value missing")
	case sc.t.Numeric || sc.t.Problem != "":
		return sc.proportional()
	case sc.t.text == sc.a.text:
		return sc.full("actual text equals the target text")
	}
	return manual(sc.w, "text target: the actual's wording differs and needs a person's judgement")
}
