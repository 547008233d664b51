package org.zhtext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The tariff events of samples/ (issue 25): the events a reader finds in them, with the columns a reader checks
 * (file, action, stance, imposer_code, target_code, products, rate, previous_rate, effective, until). Not events:
 * 05's shipping fees, 03's export controls, 06's 爭取將稅率降至15%以下 (an aim), 01's export figures. 10's title
 * (钢铁关税再度上调) is a raise without parties, as written.
 */
class TariffsGoldenTest {
    static final List<String> EXPECTED = List.of(
            "01-tariff-talks.txt|impose|fact|US|CN||20||2025-04|",
            "01-tariff-talks.txt|raise|threat|US|CN||155|100||",
            "01-tariff-talks.txt|extend|fact|||||||2025-11-10",
            "02-soybeans.txt|impose|fact|CN|US|大豆|10|||",
            "04-rare-earths.txt|raise|plan|US|CN||100||2024-11-01|",
            "06-taiwan-trad.txt|impose|fact|US|TW||20|||",
            "07-hk-trad.txt|impose|fact|US|HK||145||--05-02|",
            "08-ev-duties.gb18030.txt|impose|fact|EU|CN|电动汽车|35.3|||",
            "10-steel-web.html|raise|fact|||钢铁||||", // the headline 钢铁关税再度上调: goods as the subject
            "10-steel-web.html|raise|fact|US||钢铁;铝|50|25|2025-06-04|");

    @Test
    void samplesHaveTheEventsAReaderFinds() throws Exception {
        Cli.Result r = Cli.run("tariffs", "--format", "tsv", AnalyzeCommandTest.SAMPLES.toString());
        assertEquals(0, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("file\tsentence\tstart\tend\ttext\taction\tstance\timposer\timposer_code\ttarget\ttarget_code\tproducts"
                + "\trate\tprevious_rate\teffective\tuntil\tfigure_ids\trate_low\trate_high", lines[0]);
        List<String> got = new ArrayList<>();
        for (int i = 1; i < lines.length; i++) {
            String[] c = (lines[i] + "\t-").split("\t", -1);
            String file = c[0].substring(c[0].lastIndexOf('/') + 1);
            got.add(String.join("|", file, c[5], c[6], c[8], c[10], c[11], c[12], c[13], c[14], c[15]));
        }
        assertEquals(EXPECTED, got);
    }

    @Test
    void analyzeWritesTheSameEventsAsTariffRecords() throws Exception {
        Cli.Result t = Cli.run("tariffs", "--format", "jsonl", AnalyzeCommandTest.SAMPLES.toString());
        Cli.Result a = Cli.run("analyze", "--only", "tariff", "--format", "jsonl", AnalyzeCommandTest.SAMPLES.toString());
        assertEquals(0, a.code(), a.err());
        assertEquals(t.out(), a.out().replace("{\"record\":\"tariff\",", "{"), "analyze's records lead with their kind");
        assertEquals(EXPECTED.size(), a.out().lines().count());
    }

    @Test
    void aRateClauseCompletesTheEventBeforeItAndGoodsFollowTheLastPreposition() {
        // written for this test (2026-12-07): 将 as the future before 于/在 (no goods after it), the goods after a
        // later 对/把, a clause whose subject is the rate (one event with the clause before), a traditional 韓國
        String out = tariffs("巴西将于明年起对进口钢铁征收25%的关税。韓國政府表示，將在下月把進口豬肉的關稅從25%下調至10%。"
                + "该国铝材的关税将在2026年前从10%上调至25%。澳大利亚对中国光伏组件征收关税，税率由5%提高至30%，自3月1日起生效。", "2025-09-01");
        List<String> got = columns(out, 5, 6, 8, 10, 11, 12, 13, 14);
        assertEquals(List.of("impose|plan|BR||钢铁|25||2026", "lower|plan|KR||豬肉|10|25|", "raise|plan||||25|10|",
                "raise|fact|AU|CN|光伏组件|30|5|2026-03-01"), got);
    }

    @Test
    void listedRatesWithEachGiveOneEventPerGoodsInOrder() {
        // written for this test: 分别 with two goods and two rates, the first rate listed before the duty's
        String out = tariffs("美国对进口洗衣机和太阳能电池分别加征20%和30%的关税。巴西未对阿根廷小麦加征任何关税。");
        List<String> got = columns(out, 5, 6, 8, 10, 11, 12);
        assertEquals(List.of("impose|fact|US||洗衣机|20", "impose|fact|US||太阳能电池|30", "impose|denial|BR|AR|小麦|"), got);
    }

    @Test
    void theKindOfDutyIsNoPartOfTheGoods() {
        // written for this test (2026-12-07, sixth session): 报复性/惩罚性/保障性 before 关税 describe the duty
        String out = tariffs("加拿大對美國鋼鋁產品的報復性關稅將延長至明年3月31日。"
                + "欧盟对美国摩托车加征的惩罚性关税已经生效。印尼对进口纺织品征收保障性关税。");
        assertEquals(List.of("CA|US|鋼鋁產品", "EU|US|摩托车", "ID||纺织品"), columns(out, 8, 10, 11));
    }

    @Test
    void reciprocalDutiesClausesBeforeGoodsAndTheObjectMarker() {
        // written for this test (2026-12-07, seventh session) before the rules: 对等关税 is a duty (its 对 names no
        // goods); a clause after 对 (来自未与…签署协定国家的, 与…签约国家的) says where goods come from, the goods follow
        // its last 的; 与 after an adverb is "with"; 将 right before the target is the object marker, not the future;
        // 目标是 states an aim (a plan)
        String out = tariffs("美国宣布对越南商品征收46%的对等关税。美方同意将对印尼的對等關稅税率从32%下调至19%。"
                + "墨西哥计划对来自未与墨西哥签署自由贸易协定国家的进口汽车征收50%的关税。"
                + "智利对已与其签署协定国家的葡萄酒征收6%关税。欧盟將美國威士忌的關稅由50%降至25%。"
                + "双方谈判的目标是把对等关税由20%降至15%。");
        assertEquals(List.of("impose|fact|US|VN||46", "lower|fact|US|ID||19", "impose|plan|MX||汽车|50",
                "impose|fact|CL||葡萄酒|6", "lower|fact|EU|US|威士忌|25", "lower|plan||||15"), columns(out, 5, 6, 8, 10, 11, 12));
    }

    @Test
    void aRateSubjectClauseWithoutARateDatesTheEventBeforeAndGoodsDropTheirEtc() {
        // written 2026-12-07 (seventh session) before the rule: 新税率自…起适用 has the trigger 适用 and no rate: it
        // dates the lowering before it (it was a second, impose event); 等产品 after listed goods is no part of them
        String out = tariffs("日本政府表示，美国对日本汽车征收的关税已从27.5%降至15%，新税率自9月16日起适用。"
                + "土耳其对自美国进口的汽车、酒类和化妆品等产品加征额外关税。韩国对美国牛肉和猪肉等征收10%的关税，新税率从下月起实施。", "2025-09-01");
        assertEquals(List.of("lower|US|JP|汽车|15|2025-09-16", "impose|TR|US|汽车;酒类;化妆品||", "impose|KR|US|牛肉;猪肉|10|2025-10"),
                columns(out, 5, 8, 10, 11, 12, 14));
    }

    @Test
    void aPledgeInTheNextClauseIsNoAmountCoveredAndAValueIsNoGoods() {
        // written 2026-12-07 (seventh session) before the rule: 韩国则承诺对美投资3500亿美元 was part of the event (and
        // a tariff figure); 涉及商品总额 still is; 价值210亿欧元的商品 gave the goods 价值
        String out = tariffs("韩国与美国达成协议，美国将对韩国商品征收15%的关税，韩国则承诺对美投资3500亿美元。"
                + "加拿大对美国钢铁加征25%的关税，涉及商品总额约为300亿加元。欧盟批准对美国价值210亿欧元的商品实施反制关税。");
        assertEquals(List.of("US|KR||征收15%的关税", "CA|US|钢铁|加征25%的关税，涉及商品总额约为300亿加元", "EU|US||210亿欧元的商品实施反制关税"),
                columns(out, 8, 10, 11, 4));
    }

    @Test
    void goodsAfterTheTriggerALegalBasisAndABareChangeOfRate() {
        // written 2026-12-07 (seventh session) before the rules: goods between the trigger and the duty word (下调汽车
        // 关税: none before); a legal basis after the goods (依232條款: no goods at all before); a clause that is only
        // the change of rate completes the event before it (…關稅，由17.5%降至10%: no rate before)
        String out = tariffs("印度宣布下调汽车关税。美方對半導體依232條款加徵的關稅。"
                + "財政部表示，明年起將調降進口小客車關稅，由17.5%降至10%。", "2025-09-01");
        assertEquals(List.of("lower|IN|汽车||", "impose|US|半導體||", "lower||小客車|10|17.5"), columns(out, 5, 8, 11, 12, 13));
    }

    @Test
    void goodsAsTheSubjectWhoFacesADutyPurposesHeadlinesAndLists() {
        // written 2026-12-07 (eighth session) after the rules, for families found on probe articles written before
        // them: goods before the duty word as the subject (进口轻型汽车的关税将从…: none); who faces a duty is its
        // target (瑞士制药业则面临: Switzerland was the imposer); a purpose clause seeks (以换取关税豁免: a fact);
        // quoted goods; a space between a headline's halves ends a clause (the second half's party was the target);
        // a list closed by 等 before its count; 评估 is a plan; 较 before the old rate; 反制 is no goods
        String out = tariffs("根据新规，进口钢材的关税将由15%提高至30%，纸制品关税则降至5%。韩国家电企业目前面临25%的关税。"
                + "多家车企宣布扩大在美生产，以期获得关税豁免。欧盟对“高碳”钢材征收额外关税。\n欧盟上调乳制品关税 新西兰企业忧出口受阻\n"
                + "越南对钢铁、铝材等300余种商品加征10%关税。英国政府正在评估对中国电动汽车加征关税。"
                + "美方对巴西咖啡的关税较原先的10%大幅提高至50%。墨西哥宣布取消对美反制关税。");
        assertEquals(List.of("raise|plan|||钢材|30|15", "lower|plan|||纸制品|5|", "impose|fact||KR|家电企业|25|",
                "lift|plan|||||", "impose|fact|EU||高碳钢材||", "raise|fact|EU||乳制品||", "impose|fact|VN||钢铁;铝材|10|",
                "impose|plan|GB|CN|电动汽车||", "raise|fact|US|BR|咖啡|50|10", "lift|fact|MX|US|||"),
                columns(out, 5, 6, 8, 10, 11, 12, 13));
    }

    @Test
    void aPartyInsideTheGoodsAfterDuiAndARateOfferedBesideAnAmount() {
        // written 2026-12-07 (eighth session) after the rules, for a family found on a probe article written before
        // them: 对价值不超过800美元的香港邮件 (the party inside the goods after 对 was made the imposer) and 货值120%或每件
        // 100美元的关税 (the percent had no rate: an amount stood between it and the duty word)
        String out = tariffs("美国自下月起对价值不超过800美元的澳门包裹征收货值90%或每件80美元的关税。"
                + "墨西哥对与美国签署自贸协定国家的汽车征收关税。美國對台灣商品的「對等關稅」已由32%調降為20%。");
        // a quoted duty word ends the goods (商品的「 were the goods)
        assertEquals(List.of("impose|US|MO||90", "impose|MX||汽车|", "lower|US|TW||20"), columns(out, 5, 8, 10, 11, 12));
    }

    @Test
    void howTheDutyComesAndHowMuchOfTheGoodsAreNoGoods() {
        // written 2026-12-07 (eighth session) after the rule, from probe sentences written before it: 对俄罗斯化肥逐步
        // 加征 gave the goods 化肥逐步, 取消对…医疗设备的全部关税 gave 医疗设备的全部
        String out = tariffs("欧盟决定对白俄罗斯钾肥分阶段加征关税。泰国同意取消对美国猪肉和乳制品的所有关税。");
        assertEquals(List.of("impose|EU|BY|钾肥", "lift|TH|US|猪肉;乳制品"), columns(out, 5, 8, 10, 11));
    }

    @Test
    void listsOfTargetsWithRegionWordsAndZeroDuties() {
        // written 2026-12-07 (eighth session) after the rules, from probe sentences written before them: 台湾地区和日本
        // (the list stopped at 地区, which became goods with 日本), 瑞士、冰岛等国的 (等国的 in the goods) and 实施零关税
        // (an impose without a rate)
        String out = tariffs("商务部决定对原产于韩国、香港地区和新加坡的进口不锈钢征收反倾销税。"
                + "中国对原产于挪威、冰岛等国家的部分商品实施零关税。");
        assertEquals(List.of("impose|KR|不锈钢|", "impose|HK|不锈钢|", "impose|SG|不锈钢|", "lower|NO||0", "lower|IS||0"),
                columns(out, 5, 10, 11, 12));
    }

    @Test
    void domesticTaxesLeviesOnTopOfTheRateInForceAndStudiedDuties() {
        // written 2026-12-07 (ninth session) after the rules, from probe articles written before them: 印花稅稅率由4.25%
        // 下調至3.75% was a lowering of a tariff; 在现行10%关税基础上额外加征40% gave the rate 10 and the goods 电动汽车在现行;
        // 正在研究对镍铁…征收 was a fact
        String out = tariffs("香港政府宣布，利得稅稅率由16.5%下調至15%。澳门将出口退税率提高至13%。"
                + "欧盟将在现行25%关税的基础上对俄罗斯化肥再加征15%的关税。日本正在研究对中国钢材征收反倾销税。"
                + "美國擬在原有7.5%關稅基礎上對中國電動車額外加徵100%關稅。");
        assertEquals(List.of("raise|plan|EU|RU|化肥|40|25", "impose|plan|JP|CN|钢材||", "raise|plan|US|CN|電動車|107.5|7.5"),
                columns(out, 5, 6, 8, 10, 11, 12, 13));
    }

    @Test
    void rangesOfRates() {
        // written 2026-12-07 (ninth session) after the rule, from probe articles written before it (稅率介於21.31%至
        // 271.2%之間 and 征收5%至10%的出口关税 gave no rate); a range is rate_low and rate_high, the rate stays empty
        String out = tariffs("美国商务部对进口自韩国的钢板征收10.5%至38.2%的反倾销税。"
                + "欧委会决定对中国产生物柴油课征反倾销税，税率在12.8%至36.4%之间。美方对越南产品加征20%关税。");
        assertEquals(List.of("impose|KR||10.5|38.2", "impose|CN||12.8|36.4", "impose|VN|20||"), columns(out, 5, 10, 12, 17, 18));
    }

    @Test
    void duiInsideAWordAndModifiersSharingTheirNoun() {
        // written 2026-12-07 (ninth session) after the rules, from probe articles written before them: 應對美國對汽車徵收的
        // 25%關稅 made 美國 the target (对 of 应对) and 對汽車 the goods; 中型和重型卡车 gave the goods 中型 and 重型卡车;
        // 研究如何应对 is no plan of the duty
        String out = tariffs("日本政府正研究如何应对美国对钢铁征收的50%关税。美国对进口轻型和中型卡车加征10%关税。"
                + "歐盟面對美國對鋁材課徵的關稅表示關切。");
        assertEquals(List.of("impose|fact|US||钢铁|50", "impose|fact|US||轻型卡车;中型卡车|10", "impose|fact|US||鋁材|"),
                columns(out, 5, 6, 8, 10, 11, 12));
    }

    @Test
    void whichDutyOfTheGoodsAndTheOldRateAfterAPhrase() {
        // written 2026-12-07 (ninth session) after the rules, from probe articles written before them: 黃金和白銀的基本
        // 進口關稅 gave the goods 白銀的基本, 由加入世贸组织时的15.3% no old rate, 分别被征收 a plan, 实施零关税待遇 the goods 零
        String out = tariffs("越南将钢材和铝材的基本进口关税由10%上调至15%。中国关税总水平已由入世之初的15.3%降至7.3%。"
                + "两家企业分别被征收12%和20%的反倾销税。中方对原产于最不发达国家98%税目的产品实施零关税。");
        assertEquals(List.of("raise|plan|VN|钢材;铝材|15|10", "lower|fact|CN||7.3|15.3", "impose|fact|||12|", "impose|fact|||20|",
                "lower|fact|CN||0|"), columns(out, 5, 6, 8, 11, 12, 13));
    }

    @Test
    void originDescribedAfterPartiesAndAPartPickedOut() {
        // written 2026-12-07 (ninth session) after the rules, from probe articles written before them: 中国、韩国、印度等
        // 未与墨西哥签署贸易协定国家的1463种商品 gave the goods 等未与墨西哥签署贸易协定国家, 其中汽车关税将由20%提高至50%
        // no goods, 部分議員主張暫時降低關稅 a fact
        String out = tariffs("巴西宣布自明年起对来自美国、日本等未与巴西签署协定国家的钢材加征25%的关税，其中螺纹钢关税将由10%提高至25%。"
                + "多名议员建议政府降低电动汽车关税。");
        assertEquals(List.of("impose|fact|US|钢材|25", "impose|fact|JP|钢材|25", "raise|fact|US|螺纹钢|25", "raise|fact|JP|螺纹钢|25",
                "lower|plan||电动汽车|"),
                columns(out, 5, 6, 10, 11, 12));
    }

    @Test
    void twoMeasuresInOneClauseAndEveryTargetOfTheClauseBefore() {
        // written 2026-12-07 (ninth session) after the rules, from probe articles written before them: 对中国电动汽车加征
        // 100%关税、对钢铝产品加征25%关税 gave one event; 对自俄罗斯和白俄罗斯进口的氮肥…，并对其他农产品加征50%关税
        // gave the second clause Belarus alone; 301关税排除期 was a denial (排除 "rule out")
        String out = tariffs("印度此前对日本汽车加征20%关税、对韩国钢材加征15%关税。"
                + "欧盟拟对自俄罗斯和白俄罗斯进口的化肥提高关税，并对其他农产品加征50%关税。"
                + "美方宣布将对中国部分产品的关税排除期延长至明年5月31日。");
        assertEquals(List.of("impose|fact|JP|汽车|20", "impose|fact|KR|钢材|15", "raise|plan|RU|化肥|", "raise|plan|BY|化肥|",
                "impose|plan|RU|农产品|50", "impose|plan|BY|农产品|50", "extend|fact|CN||"), columns(out, 5, 6, 10, 11, 12));
    }

    @Test
    void topicsInnerClausesAndAspectWords() {
        // written 2026-12-08 (tenth session) after the rules, from probe articles written before them: 對於美國總統川普揚言
        // 對進口晶片課徵100%關稅 made 美國 the target (对于 opens a topic), 是對美國自8月6日起對巴西商品加徵50%關稅的回應
        // made Brazil the imposer (美國 is the subject of the duty's own clause), 對美國乙醇恢復徵收 gave the goods 乙醇恢復
        String out = tariffs("对于美国总统威胁对进口药品征收200%关税，辉瑞公司表示将扩大在美投资。"
                + "这是对日本自7月1日起对韩国半导体材料加征10%关税的反制。印度对美国杏仁重新征收20%的关税。"
                + "土耳其对中国汽车开始征收40%的附加关税。");
        assertEquals(List.of("impose|threat|US||药品|200", "impose|fact|JP|KR|半导体材料|10", "impose|fact|IN|US|杏仁|20",
                "impose|fact|TR|CN|汽车|40"), columns(out, 5, 6, 8, 10, 11, 12));
    }

    @Test
    void aClauseThatOnlyChangesTheRatesJustStatedAndARateAfterShuilv() {
        // written 2026-12-08 (tenth session) after the rules, from probe articles written before them: …征收25%关税，并将在
        // 明年1月1日分别提高到30%和50% gave no raise; 征收为期200天、税率12%的临时保障措施税 no rate. A clause with a
        // subject of its own (进口价格随之提高5%) changes no duty.
        String out = tariffs("加拿大自8月1日起对中国钢材征收25%关税，并将于明年1月1日提高到35%。"
                + "日本对美国牛肉和猪肉分别征收20%和15%的关税，三年后分别降至10%和5%。"
                + "美国对中国钢材征收25%关税，进口价格随之提高5%。土耳其对进口钢材征收为期三年、税率15%的保障措施税。");
        assertEquals(List.of("impose|CN|钢材|25|", "raise|CN|钢材|35|25", "impose|US|牛肉|20|", "impose|US|猪肉|15|",
                "lower|US|牛肉|10|20", "lower|US|猪肉|5|15", "impose|CN|钢材|25|", "impose||钢材|15|"),
                columns(out, 5, 10, 11, 12, 13));
    }

    @Test
    void talksPutOffMakersOfTheGoodsAndATimeClauseFirst() {
        // written 2026-12-08 (tenth session) after the rules, from probe articles written before them: 歐盟對中國電動車
        // 反補貼稅談判再延期 was an extension of the duty, 三星生产的手机 the goods with their maker, and 今年3月，加拿大
        // 曾对…加征25%关税 had no date
        String out = tariffs("美欧关税谈判再度延期。墨西哥对起亚和现代生产的汽车征收20%关税。去年5月，土耳其对美国汽车加征了10%关税。",
                "2025-09-01");
        assertEquals(List.of("impose|MX||汽车|20|", "impose|TR|US|汽车|10|2024-05"), columns(out, 5, 8, 10, 11, 12, 14));
    }

    @Test
    void stepsOfALoweringAndAShareOfTheTariffLines() {
        // written 2026-12-08 (tenth session) after the rules, from a probe article written before them: …从150%降至75%，
        // 并在第十年进一步降至40% gave no second lowering; 取消…鞋类约99%税目的关税 the rate 99 and the goods 鞋类约
        String out = tariffs("韩国将把澳大利亚牛肉的关税从40%降至20%，并在第五年进一步降至零。"
                + "智利将逐步取消对中国汽车、家电约97%税目的关税。");
        assertEquals(List.of("lower|AU|牛肉|20|40", "lower|AU|牛肉|0|20", "lift|CN|汽车;家电||"), columns(out, 5, 10, 11, 12, 13));
    }

    @Test
    void longListsOfGoodsAndADutyNotLevied() {
        // written 2026-12-08 (tenth session) after the rules, from a probe article written before them: 对高粱、大豆、猪肉、
        // 牛肉、水产品、水果、蔬菜、乳制品加征10%关税 gave no goods (over 20 characters), 不加征本次公告规定的关税 a fact
        String out = tariffs("加拿大对原产于中国的钢材、铝材、电动汽车、太阳能电池、半导体、关键矿产加征25%关税。"
                + "在途货物不加征本次公告规定的关税。");
        assertEquals(List.of("impose|fact|CN|钢材;铝材;电动汽车;太阳能电池;半导体;关键矿产|25", "impose|denial|||"),
                columns(out, 5, 6, 10, 11, 12));
    }

    @Test
    void madeInFacingAnAnnouncementDayAndMeasuresDatedTogether() {
        // written 2026-12-08 (eleventh session) after the rules, from probe articles written before them: 對所有中國製電動車
        // gave the goods 製電動車, 智利铜出口面临美国50%关税 no imposer, 於今年3月8日宣布，對…加徵 the announcement's day as
        // the effective date of both measures that a later clause dated (措施自3月20日起生效), 經越南轉運的…商品 made
        // Vietnam the imposer; 中国制品 is a control (制品 is the goods)
        String out = tariffs("日本对韩国制汽车零部件加征15%关税。美国对中国制品征收10%关税。越南纺织品面临欧盟20%关税。"
                + "商务部于5月6日宣布，对原产于日本的不锈钢加征30%关税，对钢板加征20%关税，上述措施自5月20日起实施。"
                + "经墨西哥转运的中国商品将被征收30%关税。", "2025-09-01");
        assertEquals(List.of("impose|JP|KR|汽车零部件|15|", "impose|US|CN|制品|10|", "impose|EU|VN|纺织品|20|",
                "impose|CN|JP|不锈钢|30|2025-05-20", "impose|CN|JP|钢板|20|2025-05-20", "impose||CN||30|"),
                columns(out, 5, 8, 10, 11, 12, 14));
    }

    @Test
    void zeroDutiesDeliberationSeekersRatesOfSeveralMakersAndExportDuties() {
        // written 2026-12-08 (eleventh session) after the rules, from probe articles written before them: 對美國商品實行
        // 零關稅 was no event, 宣布…并考虑…征收 a fact, 瑞士…寻求降低关税 made Switzerland the imposer, 比亞迪、吉利和上汽集團的
        // 稅率分別為17%、18.8%和35.3% gave only 17, 对镍铁出口征收…的出口税 no event, 自4月起 no date, 已於今年2月作出
        // 初裁 a date of the measure
        String out = tariffs("新加坡对欧盟商品实行零关税。巴西政府宣布延长补贴，并考虑对进口钢材征收25%关税。肯尼亚寻求降低关税。"
                + "欧盟对中国光伏组件征收反倾销税，三家企业的税率分别为12%、20.5%和41%。菲律宾拟对香蕉出口征收5%的出口税。"
                + "泰国自6月起对进口糖征收10%关税。韩国贸易委员会于3月作出初裁，并自5月起征收临时关税。", "2025-09-01");
        assertEquals(List.of("lower|fact|SG|EU||0|||", "impose|plan|BR||钢材|25|||", "lower|plan||KE|||||",
                "impose|fact|EU|CN|光伏组件||12|41|", "impose|plan|PH||香蕉|5|||", "impose|fact|TH||糖|10|||2025-06",
                "impose|fact|KR||||||2025-05"), columns(out, 5, 6, 8, 10, 11, 12, 17, 18, 14));
    }

    @Test
    void pledgesSharesOfTheGoodsAndARateAfterChaoguo() {
        // written 2026-12-08 (eleventh session) after the rules, from probe articles written before them: …降至15%，日本則
        // 承諾在2029年前對美投資 gave the lowering the pledge's year as its end, 取消对英国出口的93%商品的关税 the share
        // 93 as a rate, 相關產品將被追溯徵收…，最高稅率可能超過250% the goods 被追溯 and no rate
        String out = tariffs("美国将对韩国汽车的关税由25%降至15%，韩国则承诺在2028年前对美投资3500亿美元。"
                + "东盟将在五年内取消对中国出口的90%商品的关税。若认定倾销成立，涉案产品将被追溯征收反倾销税，最高税率可能超过100%。");
        assertEquals(List.of("lower|KR|汽车|15|25||", "lift|CN|||||", "impose|||100|||"), columns(out, 5, 10, 11, 12, 13, 14, 15));
    }

    @Test
    void quotasComparedRatesAndModalWords() {
        // written 2026-12-08 (eleventh session) after the rules, from probe articles written before them: 擬將免關稅進口配額
        // 削減近一半 was a lowering of the goods 免, 課徵50%的關稅，較現行的25%提高一倍 had no old rate, 對台灣半導體可能
        // 課徵的…關稅 the goods 半導體可能
        String out = tariffs("欧盟拟将钢铁产品的免关税进口配额削减一半。超出配额部分将被征收50%的关税，较现行的25%提高一倍。"
                + "美国对日本汽车可能征收的232条款关税仍是最大变数。");
        assertEquals(List.of("impose|plan|||50|25", "impose|plan|JP|汽车||"), columns(out, 5, 6, 10, 11, 12, 13));
    }

    @Test
    void aDateWithATimeAndAShareOfAPartysGoods() {
        // written 2026-12-08 (eleventh session) after the rules, from probe articles written before them: 自2025年11月10日
        // 13时01分起，停止执行… had no date (a date with a time), 取消对约80%欧盟出口商品的关税 the share 80 as a rate
        String out = tariffs("国务院关税税则委员会宣布，自2025年12月1日10时起，对原产于美国的小麦不再加征15%的关税。"
                + "智利将在三年内取消对约70%中国出口商品的关税。");
        assertEquals(List.of("lift|US|小麦|2025-12-01|15", "lift|CN|||"), columns(out, 5, 10, 11, 14, 12));
    }

    @Test
    void aRateKeptAndModifiersBeforeTheirPartsNoun() {
        // written 2026-12-08 (eleventh session) after the rules, from probe articles written before them: 反倾销税将维持在
        // 35.19%不变 had no rate, 中型和重型卡车及其零部件 gave the goods 中型, 重型卡车, 其零部件
        String out = tariffs("美方对加拿大软木材征收的反倾销税将维持在20.5%不变。墨西哥对进口轻型和重型客车及其配件征收30%的关税。");
        assertEquals(List.of("impose|CA|软木材|20.5", "impose||轻型客车;重型客车;配件|30"), columns(out, 5, 10, 11, 12));
    }

    /** The TSV of `zhtext tariffs` over {@code text} on stdin (with that reference date when given), which must succeed. */
    private static String tariffs(String text, String... referenceDate) {
        List<String> args = new ArrayList<>(List.of("tariffs", "--format", "tsv"));
        if (referenceDate.length > 0) args.addAll(List.of("--reference-date", referenceDate[0]));
        args.add("-");
        Cli.Result r = Cli.runWithStdin(text, args.toArray(new String[0]));
        assertEquals(0, r.code(), r.err());
        return r.out();
    }

    /** The given columns of each TSV row but the header, joined with |. */
    private static List<String> columns(String tsv, int... cols) {
        List<String> got = new ArrayList<>();
        for (String line : tsv.split("\n")) {
            String[] c = (line + "\t-").split("\t", -1);
            if (c[0].equals("file")) continue;
            List<String> picked = new ArrayList<>();
            for (int k : cols) picked.add(c[k]);
            got.add(String.join("|", picked));
        }
        return got;
    }

    @Test
    void figuresUsedByEventsAreFlaggedAndListNumbersAreNot() throws Exception {
        // the three sentences: a date in another clause, a duration before the event, a list number
        Cli.Result f = Cli.runWithStdin("美方宣布将对该类产品的关税上调至60%，且生效日期定在12月15日。"
                + "双方同意在未来60天内，逐步降低彼此此前加征的关税。中方划出“三条底线”：取消全部对华单边关税。",
                "figures", "--format", "tsv", "--kinds", "date,duration,quantity", "-");
        assertEquals(0, f.code(), f.err());
        List<String> flags = new ArrayList<>();
        for (String line : f.out().split("\n")) {
            String[] c = line.split("\t", -1);
            if (!c[0].equals("file")) flags.add(c[2] + "=" + c[11]);
        }
        assertEquals(List.of("12月15日=true", "未来60天内=true", "三条=false"), flags); // a window since issue 26
    }
}
