package vocabulary

// defaultEntries are the terms of the forms jixiao knows and the labels
// seen for each in published tables. The first label of each is the one
// messages use.
func defaultEntries() []Entry {
	t := func(k Kind, name string, labels ...string) Entry {
		return Entry{Term: Term{Kind: k, Name: name}, Labels: labels}
	}
	return []Entry{
		// The measures of a fund block.
		t(Measure, "initial", "年初预算数", "年初预算", "年初预算金额"),
		t(Measure, "adjusted", "全年预算数", "调整后预算数", "全年(调整)预算数", "全年调整预算数", "调整预算数", "全年预算", "预算数"),
		t(Measure, "executed", "全年执行数", "预算执行数", "执行数", "实际执行数", "实际支出数", "全年实际支出数"),
		t(Measure, "rate", "执行率", "预算执行率"),
		t(Measure, "weight", "分值", "权重", "执行率权重", "执行率分值"),
		t(Measure, "score", "得分", "自评得分", "执行率得分"),
		// The lines of a fund block.
		t(Line, "total", "年度资金总额", "资金总额", "合计", "总计", "总额", "年度总金额", "年度财政资金总额", "资金总额合计"),
		t(Line, "fiscal", "财政拨款", "本年财政拨款", "财政拨款收入", "当年财政拨款", "一般公共预算财政拨款", "一般公共预算拨款", "一般公共预算",
			"政府性基金预算财政拨款", "政府性基金预算拨款", "政府性基金预算", "政府性基金", "国有资本经营预算财政拨款", "国有资本经营预算",
			"财政资金", "中央财政资金", "中央资金", "中央财政补助资金", "省级财政资金", "省级资金", "市级财政资金", "市级资金",
			"县级财政资金", "县级资金", "地方财政资金", "地方资金"),
		t(Line, "carryover", "上年结转资金", "上年结转", "上年结转结余", "上年结转结余资金"),
		t(Line, "other", "其他资金", "其他收入", "其他", "单位资金", "财政专户管理资金", "单位自筹资金", "自筹资金"),
		t(Line, "basic", "基本支出"),
		t(Line, "project", "项目支出"),
		// The columns of the economic classification.
		t(Class, "total", "合计", "小计", "总计"),
		t(Class, "salary", "工资福利支出", "人员经费", "工资福利"),
		t(Class, "goods", "商品和服务支出", "公用经费", "商品服务支出"),
		t(Class, "households", "对个人和家庭的补助", "对个人和家庭补助", "对个人和家庭的补助支出"),
		t(Class, "capital", "资本性支出", "资本性支出(基本建设)"),
		t(Class, "enterprises", "对企业补助", "对企业补助(基本建设)"),
		t(Class, "other", "其他支出"),
		// The columns of an indicator table.
		t(Column, "level1", "一级指标"),
		t(Column, "level2", "二级指标"),
		t(Column, "level3", "三级指标", "指标名称", "具体指标"),
		t(Column, "weight", "分值", "权重", "指标分值", "标准分值", "指标权重", "参考分值"),
		t(Column, "explanation", "指标解释", "指标说明", "指标内涵"),
		t(Column, "rule", "评分标准", "评分方法", "评分规则", "评分细则", "计分方法", "计分标准", "评分办法", "考核标准"),
		t(Column, "op", "指标性质", "符号"),
		t(Column, "unit", "度量单位", "计量单位", "单位", "单位(文字描述)"),
		t(Column, "target", "目标值", "年度指标值", "指标值", "年度目标值", "预期目标值", "全年指标值", "年度目标", "预期指标值"),
		t(Column, "actual", "实际完成值", "实际值", "全年实际值", "完成值", "实际完成情况值", "全年实际完成值", "实际完成情况", "全年完成值", "实际完成数", "单项指标实际完成值"),
		t(Column, "score", "自评得分", "得分", "评分", "实际得分", "指标得分", "单项指标折算得分", "折算得分"),
		t(Column, "rawscore", "单项指标得分"),
		t(Column, "share", "权重占比", "权重比例"),
		t(Column, "reason", "扣分原因", "说明", "备注", "扣分原因和其他说明", "偏差原因分析及改进措施", "偏差原因", "偏差原因分析", "未完成原因分析", "扣分原因及改进措施", "偏差原因及改进措施"),
		// The summary rows of an indicator table.
		t(Row, "total", "合计", "总分", "总计", "合计得分", "总得分", "得分合计"),
		t(Row, "declared", "自评总分", "自评得分合计", "综合得分", "绩效自评总分"),
		t(Row, "subtotal", "小计"),
		t(Row, "grade", "评价等级", "等级", "自评等级", "绩效等级", "评定等级", "自评结果等级"),
	}
}
