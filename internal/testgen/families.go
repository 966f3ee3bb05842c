package testgen

// Clean workbooks in the layout families of testdata/real, modelled on the
// published tables there: every sum, rate and score agrees, so a test
// plants one defect in a copy and knows what jixiao must find. Each call
// returns a new Workbook.

// NationalProject is the national 财预〔2020〕10号 项目支出绩效自评表 (F1,
// putuo-2022-project): amounts in 元, 分值 10 and the 执行率 score on the
// 年度资金总额 line, 90 points of indicators, and a 总分 of 100 that
// counts the fund block's 10.
func NationalProject() *Workbook {
	return &Workbook{Projects: []*Project{{
		SheetName:  "项目自评表",
		Title:      "财政项目支出绩效自评表",
		Period:     "（2022 年度）",
		Name:       "体育中心与委托运营方结算费用",
		Department: "某区体育局",
		Unit:       "某区体育事业管理中心",
		FundUnit:   "元",
		Funds: []FundLine{
			{Label: "年度资金总额", Initial: "250000.00", Adjusted: "250000.00", Executed: "215457.60", Weight: "10", Rate: "0.8618", Score: "8.62"},
			{Label: "其中：当年财政拨款", Initial: "250000.00", Adjusted: "250000.00", Executed: "215457.60", Weight: "—", Rate: "—", Score: "—"},
			{Label: "上年结转资金", Initial: "0", Adjusted: "0", Executed: "0", Weight: "—", Rate: "—", Score: "—"},
			{Label: "其他资金", Initial: "0", Adjusted: "0", Executed: "0", Weight: "—", Rate: "—", Score: "—"},
		},
		Goal:     "按合同约定与委托运营方完成运营费用结算，保障场馆正常对外开放。",
		Achieved: "已完成与委托运营方费用结算。",
		Indicators: []ProjectRow{
			{Level1: "产出指标", Level2: "数量指标", Level3: "与委托运营方结算完成率", Target: "=100%", Actual: "100%", Weight: "10", Score: "10"},
			{Level1: "产出指标", Level2: "质量指标", Level3: "合同结算条款完成率", Target: "=100%", Actual: "100%", Weight: "20", Score: "20"},
			{Level1: "产出指标", Level2: "时效指标", Level3: "费用结算及时性", Target: "及时", Actual: "及时", Weight: "20", Score: "20"},
			{Level1: "效益指标", Level2: "社会效益指标", Level3: "与委托运营方合同完成率", Target: "=100%", Actual: "100%", Weight: "30", Score: "30"},
			{Level1: "满意度指标", Level2: "服务对象满意度指标", Level3: "场馆开放满意度", Target: ">=90%", Actual: "100%", Weight: "10", Score: "10"},
		},
		TotalWeight: "100",
		TotalScore:  "98.62",
		Grade:       "优",
	}}}
}

// HubeiProject is the Hubei / 保山 20/80 project form (F3,
// longyang-2022-project): 得分（20分*执行率） on the fund line, scores
// without weights, two parent rows that sum their children, and a 总分
// that counts the parents and not their children.
func HubeiProject() *Workbook {
	return &Workbook{Families: []*FamilyForm{{
		Family: FamilyF3,
		Funds: []FundLine{
			{Label: "年度财政资金总额", Adjusted: "278.4449", Executed: "30.00", Rate: "0.1077", Score: "2.15"},
		},
		Rows: []FamilyRow{
			{Level1: "产出指标", Level2: "数量指标", Level3: "一、示范区建立", Target: "≧20000亩", Actual: "20000亩", Score: "15"},
			{Level1: "产出指标", Level2: "数量指标", Level3: "1、水稻侧深施肥+缓控释肥", Target: "≧500亩", Actual: "500亩", Score: "5"},
			{Level1: "产出指标", Level2: "数量指标", Level3: "2、玉米种肥同播", Target: "≧1000亩", Actual: "1000亩", Score: "5"},
			{Level1: "产出指标", Level2: "数量指标", Level3: "3、施用配方肥", Target: "≧18500亩", Actual: "18500亩", Score: "5"},
			{Level1: "产出指标", Level2: "数量指标", Level3: "二、开展肥料田间试验", Target: "≧15组", Actual: "15组", Score: "15"},
			{Level1: "产出指标", Level2: "数量指标", Level3: "1、化肥减量增效试验", Target: "≧5组", Actual: "5组", Score: "5"},
			{Level1: "产出指标", Level2: "数量指标", Level3: "2、肥料利用率试验", Target: "≧5组", Actual: "5组", Score: "5"},
			{Level1: "产出指标", Level2: "数量指标", Level3: "3、新型肥料示范试验", Target: "≧3组", Actual: "3组", Score: "3"},
			{Level1: "产出指标", Level2: "数量指标", Level3: "4、土壤改良试验", Target: "≧2组", Actual: "2组", Score: "2"},
			{Level1: "产出指标", Level2: "数量指标", Level3: "三、土样植株化验", Target: "≧60个", Actual: "105个", Score: "5"},
			{Level1: "产出指标", Level2: "数量指标", Level3: "四、农户施肥情况调查（户）", Target: "≧300户", Actual: "300户", Score: "5"},
			{Level1: "产出指标", Level2: "质量指标", Level3: "测土配方施肥技术覆盖率", Target: "≧80%", Actual: "85.6%", Score: "10"},
			{Level1: "产出指标", Level2: "时效指标", Level3: "项目完成及时率", Target: "100%", Actual: "100%", Score: "10"},
			{Level1: "效益指标", Level2: "社会效益指标", Level3: "受益农户数", Target: "≧5000户", Actual: "5000户", Score: "10"},
			{Level1: "满意度指标", Level2: "服务对象满意度指标", Level3: "受益农户满意度", Target: "≧90%", Actual: "95%", Score: "10"},
		},
		TotalScore: "82.15",
	}}}
}

// ChongqingDepartment is the Chongqing flat department list (F5,
// liangping-2023-dept): 自评总分 in the header, the 执行率 a bare number
// under its header, its weight and score, and nine indicators with their
// 指标性质 (≥, ≤, =) in a column of their own.
func ChongqingDepartment() *Workbook {
	return &Workbook{Families: []*FamilyForm{{
		Family:   FamilyF5,
		Declared: "97.93",
		Funds: []FundLine{
			{Label: "年度总金额", Initial: "1832.32", Adjusted: "2024.06", Executed: "1604.50", Rate: "79.27", Weight: "10", Score: "7.93"},
			{Label: "其中财政拨款", Initial: "1832.32", Adjusted: "2024.06", Executed: "1604.50"},
		},
		Rows: []FamilyRow{
			{Level3: "天然林和公益林管护当期任务完成率", Unit: "%", Nature: "≥", Target: "90", Weight: "10", Actual: "100", Score: "10"},
			{Level3: "国家级公益林管护面积", Unit: "万亩", Nature: "≥", Target: "28", Weight: "10", Actual: "28", Score: "10"},
			{Level3: "森林抚育(营林)面积", Unit: "万亩", Nature: "≥", Target: "2.1", Weight: "10", Actual: "2.1", Score: "10"},
			{Level3: "天保工程区森林资源管护面积", Unit: "万亩", Nature: "≥", Target: "25.0", Weight: "10", Actual: "25.0", Score: "10"},
			{Level3: "森林火灾受害率", Unit: "%", Nature: "≤", Target: "0.9", Weight: "10", Actual: "0", Score: "10"},
			{Level3: "主要林业有害生物成灾率", Unit: "%", Nature: "≤", Target: "0.4", Weight: "10", Actual: "0.1", Score: "10"},
			{Level3: "公益林提供管护就业岗位", Unit: "个", Nature: "≥", Target: "300", Weight: "10", Actual: "312", Score: "10"},
			{Level3: "松材线虫病疫情发生面积", Unit: "万亩", Nature: "≤", Target: "3.5", Weight: "10", Actual: "3.2", Score: "10"},
			{Level3: "森林生态效益补偿兑现率", Unit: "%", Nature: "=", Target: "100", Weight: "10", Actual: "100", Score: "10"},
		},
	}}}
}

// HunanDepartment is the Hunan 53号 department scoring table (F6,
// yueyang-gonglu-dept): weights in the merged 一级 and 二级 labels, the
// 评分标准 beside each row, no actual-value column, and a 合计 row.
func HunanDepartment() *Workbook {
	const (
		input   = "投 入（15分）"
		process = "过 程（25分）"
		output  = "产 出（40分）"
		effect  = "效 果（20分）"
	)
	return &Workbook{Families: []*FamilyForm{{
		Family: FamilyF6,
		Rows: []FamilyRow{
			{Level1: input, Level2: "预算配置（15分）", Level3: "在职人员控制率", Rule: "在职人员控制率≦100%,计5分;每超过一个百分点扣0.5分,扣完为止。", Weight: "5", Score: "5"},
			{Level1: input, Level2: "预算配置（15分）", Level3: "“三公经费”变动率", Rule: "“三公经费”变动率≦0,计5分;“三公经费”>0,每超过一个百分点扣0.5分,扣完为止。", Weight: "5", Score: "5"},
			{Level1: input, Level2: "预算配置（15分）", Level3: "重点支出安排率", Rule: "重点支出安排率≥90%,计5分;80%(含)-90%,计4分;低于80%不得分。", Weight: "5", Score: "5"},
			{Level1: process, Level2: "预算执行（15分）", Level3: "预算调整率", Rule: "预算调整率=0,计3分;0-10%(含),计2分;大于10%不得分。", Weight: "3", Score: "3"},
			{Level1: process, Level2: "预算执行（15分）", Level3: "支付进度", Rule: "每出现一个专项未按进度完成资金下达扣0.5分,扣完为止。", Weight: "6", Score: "6"},
			{Level1: process, Level2: "预算执行（15分）", Level3: "“三公经费”控制率", Rule: "三公经费控制率≦100%,计6分;每超过一个百分点扣1分,扣完为止。", Weight: "6", Score: "6"},
			{Level1: process, Level2: "资产管理（10分）", Level3: "资产管理安全性", Rule: "资产保存完整、配置合理、处置规范,计6分;每出现一项不符合要求扣1分。", Weight: "6", Score: "6"},
			{Level1: process, Level2: "资产管理（10分）", Level3: "固定资产利用率", Rule: "固定资产利用率≥90%,计4分;每低一个百分点扣0.4分,扣完为止。", Weight: "4", Score: "4"},
			{Level1: output, Level2: "职责履行（40分）", Level3: "实际完成率", Rule: "年度计划工作任务全部完成,计10分;每少完成一项扣1分,扣完为止。", Weight: "10", Score: "10"},
			{Level1: output, Level2: "职责履行（40分）", Level3: "完成及时率", Rule: "按计划时间完成各项工作任务,计10分;每延迟一项扣1分,扣完为止。", Weight: "10", Score: "9", Reason: "1项公路养护工程延期完工,扣1分"},
			{Level1: output, Level2: "职责履行（40分）", Level3: "质量达标率", Rule: "工作任务全部达到质量标准,计10分;每一项未达标扣1分,扣完为止。", Weight: "10", Score: "10"},
			{Level1: output, Level2: "职责履行（40分）", Level3: "重点工作办结率", Rule: "重点工作全部办结,计10分;每一项未办结扣1分,扣完为止。", Weight: "10", Score: "10"},
			{Level1: effect, Level2: "履职效益（20分）", Level3: "社会效益", Rule: "根据部门履职对社会发展的促进作用酌情评分,最高计10分。", Weight: "10", Score: "10"},
			{Level1: effect, Level2: "履职效益（20分）", Level3: "社会公众或服务对象满意度", Rule: "社会公众或服务对象满意度≥90%,计10分;每低一个百分点扣0.5分,扣完为止。", Weight: "10", Score: "10"},
		},
		TotalWeight: "100",
		TotalScore:  "99",
	}}}
}
