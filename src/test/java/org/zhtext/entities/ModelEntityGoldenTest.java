package org.zhtext.entities;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.zhtext.core.Entity;

/**
 * Issue 24's families through the default path ({@code --ner model}: the shipped tagger, the rules on top), on
 * sentences written for this test (the issue's own sentences are the first of each family): the junk does not
 * come back, the misses are found.
 */
class ModelEntityGoldenTest {
    static final DocEntities MODEL = EntityTestSupport.MODEL;

    static Stream<Arguments> golden() {
        return Stream.of(
                // 会 "will" is no organization suffix
                Arguments.of("外界关注日本经济未来会如何走向。", List.of(), List.of("organization:日本经济未来会")),
                Arguments.of("分析人士认为中国经济未来会保持稳定增长。", List.of(), List.of("organization:中国经济未来会")),
                Arguments.of("不少人担心欧洲市场下半年会继续低迷。", List.of(), List.of("organization:欧洲市场下半年会")),
                // a classifier + noun, a time word: no places
                Arguments.of("这张牌他不会轻易打出。", List.of(), List.of("location:张牌")),
                Arguments.of("他手里还有一张牌没有亮出来。", List.of(), List.of("location:张牌")),
                Arguments.of("过去几个月里，市场波动加剧。", List.of(), List.of("location:月里")),
                Arguments.of("这几个月里，房价持续下跌。", List.of(), List.of("location:月里")),
                // a job title is no person
                Arguments.of("博世公司高管出席了会议。", List.of(), List.of("person:高管")),
                Arguments.of("多名银行高管近日被约谈。", List.of(), List.of("person:高管")),
                // a website's name is one organization
                Arguments.of("北京金属网(BMN)发布数据显示，铜价小幅上涨。", List.of("organization:北京金属网"),
                        List.of("location:北京", "person:金属网")),
                // the misses
                Arguments.of("美国智库布鲁金斯学会的研究员在报告中指出了这一风险。", List.of("organization:布鲁金斯学会"), List.of()),
                Arguments.of("银监会近日发布通知，要求各银行加强风险管理。", List.of("organization:银监会"), List.of()),
                Arguments.of("美军周三在菲律宾附近海域举行了联合演习。", List.of("organization:美军"), List.of()),
                Arguments.of("他年轻时就加入了共产党，后来担任县委书记。", List.of("organization:共产党"), List.of()),
                Arguments.of("犯罪嫌疑人王某已被警方依法刑事拘留。", List.of("person:王某"), List.of()),
                Arguments.of("张某因涉嫌合同诈骗被检察机关提起公诉。", List.of("person:张某"), List.of()));
    }

    /**
     * The same families on sentences written for this test by a second engineer before any tuning for them (other
     * modal verbs, measure words and time words, titles, anonymised surnames, agencies, portals and armed forces,
     * parties, site names). A forbidden entry is a regular expression over "type:text" keys ({@code .*}: nothing).
     */
    static Stream<Arguments> ownFamilies() {
        return Stream.of(
                // modal verbs and time words after a place + noun
                Arguments.of("市场普遍预期美国经济明年将明显放缓。", List.of(), List.of("organization:.*经济.*")),
                Arguments.of("专家认为德国工业今年能否复苏仍有疑问。", List.of(), List.of("organization:.*工业.*")),
                Arguments.of("分析师预计印度经济下半年可能继续增长。", List.of(), List.of("organization:.*经济.*")),
                // measure word + noun, time word + 里: no entity at all
                Arguments.of("这条路他已经走了二十年。", List.of(), List.of(".*")),
                Arguments.of("那件事他一直没有对外公开。", List.of(), List.of(".*")),
                Arguments.of("过去几年里，这座城市变化很大。", List.of(), List.of(".*")),
                Arguments.of("最近几天里，气温明显下降。", List.of(), List.of(".*")),
                Arguments.of("他把那份报告放在了桌上。", List.of(), List.of(".*")),
                // titles are no persons
                Arguments.of("多家车企的总监和主管参加了培训。", List.of(), List.of("person:.*")),
                Arguments.of("该公司董事长和副总裁当天均未回应。", List.of(), List.of("person:.*")),
                Arguments.of("几位基金经理表示看好科技股。", List.of(), List.of("person:.*")),
                // a site named after a place is one organization
                Arguments.of("广州化工网发布的报告显示，塑料价格走低。", List.of("organization:广州化工网"), List.of("location:广州")),
                Arguments.of("中国钢铁网的数据显示，钢材库存连续三周下降。", List.of("organization:中国钢铁网"), List.of("location:中国")),
                // anonymised names
                Arguments.of("被告人李某当庭表示认罪。", List.of("person:李某"), List.of()),
                Arguments.of("嫌疑人刘某某已被批准逮捕。", List.of("person:刘某某"), List.of()),
                Arguments.of("陈某与妻子共同经营一家小店。", List.of("person:陈某"), List.of()),
                Arguments.of("據警方通報，黃某涉嫌盜竊被拘留。", List.of("person:黃某"), List.of()),
                // agencies and portals named bare
                Arguments.of("网易昨天公布了第三季度财报，营收同比增长。", List.of("organization:网易"), List.of()),
                Arguments.of("新浪和搜狐当天都发布了业绩公告。", List.of("organization:新浪"), List.of()),
                Arguments.of("据共同社报道，日本政府将增加防卫预算。", List.of("organization:共同社"), List.of()),
                Arguments.of("腾讯网和凤凰网联合发起了这项调查。", List.of("organization:腾讯网", "organization:凤凰网"), List.of()),
                // armed forces and parties
                Arguments.of("俄军周二在边境地区举行了演习。", List.of("organization:俄军"), List.of()),
                Arguments.of("英军将向该地区增派两艘军舰。", List.of("organization:英军"), List.of()),
                Arguments.of("他早年加入了国民党，后来转投民进党。", List.of("organization:国民党", "organization:民进党"), List.of()));
    }

    /**
     * Bare short names of news agencies, portals, companies, banks and government bodies, in both scripts, written
     * for the CC-CEDICT organization gazetteer (models/gazetteers/organizations-cedict.txt) before its effect was
     * measured; and words CC-CEDICT's rule leaves out because they are also common words (苹果 apple).
     */
    static Stream<Arguments> bareOrganizations() {
        return Stream.of(
                Arguments.of("据路透周二报道，欧洲央行将维持利率不变。", List.of("organization:路透"), List.of()),
                Arguments.of("路透援引知情人士的话说，谈判已接近尾声。", List.of("organization:路透"), List.of()),
                Arguments.of("新浪和搜狐当天都发布了业绩公告。", List.of("organization:新浪", "organization:搜狐"), List.of()),
                Arguments.of("搜狐周四表示，将裁减部分员工。", List.of("organization:搜狐"), List.of()),
                Arguments.of("據路透報導，該公司考慮出售部分資產。", List.of("organization:路透"), List.of()),
                Arguments.of("新浪與騰訊宣布將在雲端服務上合作。", List.of("organization:新浪", "organization:騰訊"), List.of()),
                Arguments.of("百度周一发布了新一代搜索引擎。", List.of("organization:百度"), List.of()),
                Arguments.of("微软和谷歌都加大了对人工智能的投入。", List.of("organization:微软", "organization:谷歌"), List.of()),
                Arguments.of("穆迪下调了该国的主权信用评级。", List.of("organization:穆迪"), List.of()),
                Arguments.of("惠譽維持該銀行的評級不變。", List.of("organization:惠譽"), List.of()),
                Arguments.of("汇丰宣布将关闭部分分行。", List.of("organization:汇丰"), List.of()),
                Arguments.of("據美聯儲公布的數據，通脹有所回落。", List.of("organization:美聯儲"), List.of()),
                Arguments.of("世卫周二发布了新的疫情指引。", List.of("organization:世卫"), List.of()),
                Arguments.of("京东和拼多多的销售额均有增长。", List.of("organization:京东", "organization:拼多多"), List.of()),
                Arguments.of("據法新社報導，雙方已達成停火協議。", List.of("organization:法新社"), List.of()),
                Arguments.of("今年苹果的收成不错，价格比去年低。", List.of(), List.of("organization:苹果")),
                Arguments.of("他在新华书店买了一本字典。", List.of(), List.of("organization:新华")));
    }

    /**
     * The rules as narrowed on dev evidence (docs/EVALUATION.md, per-rule table), on sentences written for this
     * test: a lexicon name inside a longer word is no name; coordinated one-char places are kept, one-country forms
     * are not; two organizations side by side stay two.
     */
    static Stream<Arguments> narrowedRules() {
        return Stream.of(
                Arguments.of("发展中国家的粮食安全问题再次引起关注。", List.of(), List.of("location:中国")),
                Arguments.of("这次访华为双方合作打开了新局面。", List.of(), List.of("organization:华为")),
                Arguments.of("持续的高通胀让居民的生活成本明显上升。", List.of(), List.of("organization:高通")),
                Arguments.of("中美两国的经贸团队将在下月再次会面。", List.of("location:中", "location:美"), List.of()),
                Arguments.of("中方对此表示坚决反对。", List.of(), List.of("location:中")),
                Arguments.of("美方代表团将于下周访华。", List.of(), List.of("location:美", "location:华")),
                // two organizations coordinated with 与/和 are two; a ministry named with 和 stays one (2026-12-07)
                Arguments.of("国泰航空与港铁公司的股价均上升。", List.of("organization:国泰航空", "organization:港铁公司"),
                        List.of("organization:国泰航空与港铁公司")),
                Arguments.of("國泰航空與港鐵公司的股價均上升。", List.of("organization:國泰航空", "organization:港鐵公司"), List.of()),
                Arguments.of("住房和城乡建设部召开会议。", List.of("organization:住房和城乡建设部"), List.of()),
                Arguments.of("工业和信息化部近日发布通知。", List.of("organization:工业和信息化部"), List.of()),
                // an alias in parentheses that the tagger or the lexicon also gives is one row (2026-12-07)
                Arguments.of("世界卫生组织（WHO）周三发布了新指南。", List.of("organization:世界卫生组织", "organization:WHO"), List.of()),
                Arguments.of("國際貨幣基金組織(IMF)下調了增長預測。", List.of("organization:國際貨幣基金組織", "organization:IMF"), List.of()));
    }

    /**
     * Span edges of the tagger's mentions found on commentary-style text written on 2026-12-07 (sixth session; the
     * rules GENERIC_ORGANIZATIONS, INDEFINITE_TAIL, TITLE_TAIL, JOINED_PORTFOLIO, REPORTED_BY and the SUFFIX_WORDS additions, each measured on dev:
     * docs/EVALUATION.md). The first sentence of each family is the one the rule was written from; the others were
     * written for the test.
     */
    static Stream<Arguments> spanEdges() {
        return Stream.of(
                // a head word alone, or after a determiner, names no body
                Arguments.of("台积电董事长周四在新竹表示，公司今年资本支出预计增加约一成。", List.of("location:新竹"),
                        List.of("organization:公司")),
                Arguments.of("委员会认为，相关条款需要进一步修改。", List.of(), List.of("organization:委员会")),
                Arguments.of("该集团同时宣布了新的回购计划。", List.of(), List.of("organization:.*集团")),
                Arguments.of("聯合國秘書長古特雷斯呼籲各方保持克制。", List.of("organization:聯合國"), List.of()),
                // place + 人民政府 / 人民法院 / 实验室 is the body; not when the word runs on (银行业, 大学生)
                Arguments.of("杭州市西湖区人民政府召开新闻发布会。", List.of("organization:杭州市西湖区人民政府"), List.of("location:杭州市西湖区")),
                Arguments.of("西安市雁塔区人民法院审理了此案。", List.of("organization:西安市雁塔区人民法院"), List.of()),
                Arguments.of("之江实验室二期工程预计年底完工。", List.of("organization:之江实验室"), List.of("location:之江")),
                Arguments.of("目前加拿大银行业的储备金总额有所下降。", List.of("location:加拿大"), List.of("organization:加拿大银行")),
                Arguments.of("美国专家为中国大学生上课。", List.of("location:中国"), List.of("organization:中国大学")),
                // an administrative unit followed by 一/某 and a noun: the place stops at the unit
                Arguments.of("深圳市南山区一小区发生火灾。", List.of("location:深圳市南山区"), List.of("location:.*小区")),
                Arguments.of("成都市锦江区某商场昨日发生踩踏事件。", List.of("location:成都市锦江区"), List.of("location:.*商场")),
                // the first part of a title is no part of the company
                Arguments.of("中芯国际联席首席执行官赵海军出席论坛。", List.of("organization:中芯国际", "person:赵海军"),
                        List.of("organization:中芯国际联席")),
                Arguments.of("美团副总裁在会上发言。", List.of("organization:美团"), List.of("organization:美团副")),
                // a government body with a portfolio of two is one body (JOINED_PORTFOLIO); two names stay two
                Arguments.of("立法會議員在會上質詢運輸及物流局局長。", List.of("organization:運輸及物流局"), List.of("organization:物流局")),
                Arguments.of("教育及青年发展局局长出席典礼。", List.of("organization:教育及青年发展局"), List.of()),
                Arguments.of("美国及欧盟委员会均表示关注。", List.of("location:美国", "organization:欧盟委员会"), List.of()),
                Arguments.of("《散文选刊》杂志社和焦作矿务局联合举办研讨会。", List.of(), List.of("organization:杂志社和.*")),
                // who reports after 据 is an outlet (REPORTED_BY; 彭博 was a listed known miss); people say 称
                Arguments.of("据彭博报道，该公司正考虑出售部分业务。", List.of("organization:彭博"), List.of("person:彭博")),
                Arguments.of("據路透報導，談判仍在進行。", List.of("organization:路透"), List.of()),
                Arguments.of("据张华称，他已离开。", List.of("person:张华"), List.of()),
                Arguments.of("据记者王某报道，现场秩序良好。", List.of("person:王某"), List.of()));
    }

    /**
     * Families found on articles written on 2026-12-07 (seventh session) before the rules: an anonymised name after
     * a title (局长王某: the tagger gave 王 alone), where 某 after a surname-like preposition is a determiner (向某国);
     * an organization cut inside its quotes (QUOTED_NAME); a name cut before a character outside the BMP
     * (RARE_NAME_CHAR); a bare 代表团 (an organization head word now). The first sentence of each family is the one the rule
     * was written from; the others were written for the test.
     */
    static Stream<Arguments> titlesAndQuotes() {
        return Stream.of(
                Arguments.of("南山区科技创新局局长王某介绍，全区已有企业超过1800家。", List.of("person:王某"), List.of("person:王")),
                Arguments.of("派出所所长李某介绍，嫌疑人已被控制。", List.of("person:李某"), List.of("person:李")),
                Arguments.of("該校教師劉某因違規被停職。", List.of("person:劉某"), List.of("person:劉")),
                Arguments.of("法官赵某当庭宣判，网友孙某随后发帖。", List.of("person:赵某", "person:孙某"), List.of()),
                Arguments.of("村支书周某某被立案审查。", List.of("person:周某某"), List.of()),
                Arguments.of("部长向某国施压的说法没有根据。", List.of(), List.of("person:向某.*")),
                Arguments.of("宣布成立「北部都會區發展委員會」，由他親自擔任主席。", List.of("organization:北部都會區發展委員會"),
                        List.of("organization:區發展委員會")),
                // a name with a character whose simplified form is outside the BMP (錤 -> 𫓹): the whole name
                Arguments.of("分析師郭明錤預估，新機出貨量將增加。", List.of("person:郭明錤"), List.of("person:郭明")),
                Arguments.of("分析师郭明𫓹预估，新机出货量将增加。", List.of("person:郭明𫓹"), List.of("person:郭明")),
                // Taiwan's government bodies (news-organizations.txt): 立法院 after 在 was missed; 行政院 before 长 is a title
                Arguments.of("行政院長卓榮泰今日在立法院答詢時表示，陸委會將說明。", List.of("organization:立法院", "organization:陸委會",
                        "person:卓榮泰"), List.of("organization:行政院")),
                // a bare 代表团 names no body (中国代表团 does)
                Arguments.of("代表团一行参观了工厂，中国代表团随后离开。", List.of("organization:中国代表团"), List.of("organization:代表团")),
                Arguments.of("会议决定设立“长三角生态绿色一体化发展示范区执行委员会”。",
                        List.of("organization:长三角生态绿色一体化发展示范区执行委员会"), List.of("organization:范区执行委员会")));
    }

    /**
     * Written 2026-12-07 (eighth session) after the rules, on families found in probe articles written before them:
     * 对美加征 (HanLP's dictionary word 美加 made an organization or Canada), a country before a newspaper's title
     * marks (美国《华尔街日报: one organization), a space at a name's edge, an organization starting inside a word.
     */
    static Stream<Arguments> gluedAndTitled() {
        return Stream.of(
                Arguments.of("加拿大政府宣布对美加征25%的报复性关税。", List.of("location:加拿大"),
                        List.of("organization:美加", "location:加", "location:美")),
                Arguments.of("欧盟考虑对美加税，清单涉及波本威士忌。", List.of("organization:欧盟"), List.of("organization:美加", "location:加")),
                Arguments.of("加拿大政府宣布對美加徵25%的報復性關稅。", List.of("location:加拿大"), List.of("organization:美加", "location:加")),
                Arguments.of("中韩日前签署了合作协议。", List.of("location:中", "location:韩"), List.of("location:日")),
                Arguments.of("美加两国将举行会谈。", List.of("location:美", "location:加"), List.of()),
                Arguments.of("据英国《经济学人》报道，谈判陷入僵局。", List.of("location:英国", "organization:经济学人"),
                        List.of("organization:英国.*")),
                Arguments.of("美國《紐約時報》引述官員說法指出。", List.of("location:美國", "organization:紐約時報"), List.of("organization:美國.*")),
                Arguments.of("韩国《中央日报》25日报道。", List.of("location:韩国", "organization:中央日报"), List.of("organization:韩国.*")),
                // a space the tagger took into a name; a body that started inside 经济 (济发展局)
                Arguments.of("（记者 陈思远）商务部发布公告。", List.of("person:陈思远"), List.of("person: .*")),
                Arguments.of("商务及经济发展局局长表示，将加强合作。", List.of("organization:商务及经济发展局"), List.of("organization:济发展局")),
                // a model number after a company (英伟达H20: the tagger gave 英伟达H)
                Arguments.of("英伟达H20芯片的出口许可仍未获批。", List.of("organization:英伟达"), List.of("organization:英伟达H.*")),
                // an ordinal after a name (the tagger gave 张伟第)
                Arguments.of("张伟第三次当选代表。", List.of("person:张伟"), List.of("person:张伟第")));
    }

    /**
     * Written 2026-12-07 (ninth session) after the rules, from probe articles written before them (于凌晨3点被救出
     * gave the person 于凌晨, 阮氏秋水 the person 阮, 判处李某某 the person 李): a preposition and a time word are no
     * name; a Vietnamese woman's name with 氏 is whole (the second sentence's 阮 is the tagger's; 张氏家族 stays no
     * given name); an anonymised name is whole after a verb or preposition too; a person before an administrative
     * unit is a place (熊本县); a loanword of CC-CEDICT is no person (芬太尼); a place and a verb are no
     * organization (英国签署自由贸易协定).
     */
    static Stream<Arguments> prepositionTimesAndVietnameseNames() {
        return Stream.of(
                Arguments.of("嫌犯于凌晨2时许被警方控制。", List.of(), List.of("person:于.*")),
                Arguments.of("越南发言人阮氏碧水回应称。", List.of("location:越南", "person:阮氏碧水"), List.of("person:阮")),
                Arguments.of("越南卫生部官员阮氏红回应说，疫情可控。", List.of("person:阮氏红"), List.of("person:阮氏红回.*")),
                Arguments.of("张氏家族在当地经营多年。", List.of(), List.of("person:张氏.*")),
                // an anonymised name after a verb or preposition (判处李某某 gave the surname alone, 对张某 nothing)
                Arguments.of("法院判处王某某有期徒刑三年。", List.of("person:王某某"), List.of("person:王")),
                Arguments.of("民警对赵某进行了批评教育。", List.of("person:赵某"), List.of()),
                Arguments.of("部长向某国施压。", List.of(), List.of("person:向某")),
                // a place read as a person before its unit (熊本 of 熊本县知事: the tagger's surname 熊); not a title
                Arguments.of("熊本縣知事木村敬致詞。", List.of("location:熊本縣"), List.of("person:熊本.*")),
                Arguments.of("李明县长到场。", List.of("person:李明"), List.of("location:李明县")),
                // a loanword written like a name (芬太尼 of 芬太尼關稅 was a person)
                Arguments.of("美國對中國商品加徵的芬太尼關稅降至10%。", List.of("location:美國"), List.of("person:芬太尼")),
                Arguments.of("美方宣布取消针对芬太尼问题加征的关税。", List.of(), List.of("person:芬太尼")),
                // a headline's place and verb read as one organization (印度签署自由贸易协定)
                Arguments.of("韩国与英国签署自由贸易协定", List.of("location:韩国", "location:英国"), List.of("organization:英国.*")),
                // 太阳 of 太阳能 (solar panels) is no place
                Arguments.of("印度将对进口太阳能组件加征关税。", List.of("location:印度"), List.of("location:太阳")),
                Arguments.of("该公司主营太阳能热水器。", List.of(), List.of("location:太阳")),
                // a place and an indefinite noun (江苏一化工厂 was one organization)
                Arguments.of("山东一化工厂发生爆炸。", List.of("location:山东"), List.of("organization:山东.*")),
                Arguments.of("中国一汽发布新车。", List.of("organization:中国一汽"), List.of("location:中国")),
                Arguments.of("河南某化工有限公司发生泄漏。", List.of("organization:河南某化工有限公司"), List.of("location:河南")),
                Arguments.of("美國對東南亞進口的太陽能電池課徵關稅。", List.of("location:美國"), List.of("location:太陽")));
    }

    /**
     * Written 2026-12-08 (tenth session) after the rules, from probe articles written before them (成都市商务局联合市
     * 财政局 was one organization, 深圳南山区一科技公司 an organization, 高雄厂 a person; Taiwan's districts were in no
     * gazetteer, 美国白宫 a place, 塔塔钢铁 two places 塔): two bodies joined by 联合/会同 are two; an organization
     * before 一 after an administrative unit is the place; a place and 厂 is a plant (an organization), not a person;
     * Taiwan's divisions are places; a place and an organization are an organization; 塔塔 is no pair of countries.
     */
    static Stream<Arguments> jointBodiesPlantsAndTaiwanPlaces() {
        return Stream.of(
                Arguments.of("杭州市市场监管局联合市公安局开展专项整治。", List.of("organization:市公安局"),
                        List.of("organization:.*联合.*")),
                Arguments.of("省教育厅会同省财政厅印发了实施方案。", List.of(), List.of("organization:.*会同.*")),
                Arguments.of("浙江温州市一服装公司被罚款。", List.of(), List.of("organization:.*一服装公司")),
                Arguments.of("业内估计，高雄厂明年将贡献三成营收。", List.of("organization:高雄厂"), List.of("person:高雄厂")),
                Arguments.of("据悉，南京厂已于上月停产。", List.of("organization:南京厂"), List.of("person:.*")),
                Arguments.of("新竹縣竹北市的房價持續上漲。", List.of(), List.of("person:竹北市")),
                Arguments.of("礁溪乡和五结乡的游客增加。", List.of("location:礁溪乡", "location:五结乡"), List.of()),
                Arguments.of("他住在高雄市前镇区。", List.of("location:前镇区"), List.of("person:.*前镇区")),
                // a place and an organization typed a place (美国白宫 before a date); a repeated character is no pair
                // of country abbreviations (塔塔 of 塔塔钢铁 gave two places 塔)
                Arguments.of("美国白宫9月30日发布公告，对进口木材加征关税。", List.of("organization:美国白宫"), List.of("location:.*白宫")),
                Arguments.of("塔塔汽车宣布在英国裁员。", List.of("location:英国"), List.of("location:塔")),
                Arguments.of("中美双方同意继续磋商。", List.of("location:中", "location:美"), List.of()),
                // a person that starts with a country (韩国浦 of 对韩国浦项制铁…)
                Arguments.of("此举对韩国浦项制铁造成冲击。", List.of("location:韩国"), List.of("person:.*")),
                Arguments.of("关税对韩国浦项制铁和现代制铁影响最大。", List.of("location:韩国"), List.of("person:韩国.*")));
    }

    /**
     * Written 2026-12-08 (eleventh session) after the rules, from probe articles written before them: a dateline
     * and the lead's first name read as one organization (布鲁塞尔讯 欧盟委员会) or the dateline's place as an
     * organization (金华讯), a place inside a storm's quoted name (台风“桦加沙”: 加沙), a country before 选手 typed an
     * organization, a company, 母公司 and its parent as one organization, a place running on into 街道一小区.
     */
    static Stream<Arguments> datelinesStormsNationalitiesAndParents() {
        return Stream.of(
                Arguments.of("柏林讯 德国联邦统计局周五公布了通胀数据。", List.of("location:柏林", "organization:德国联邦统计局"),
                        List.of(".*讯.*")),
                Arguments.of("金华讯 当地茶农开始采摘春茶。", List.of("location:金华"), List.of("person:.*", "organization:.*")),
                Arguments.of("新华社讯 国务院常务会议召开。", List.of("organization:新华社", "organization:国务院"), List.of()),
                Arguments.of("台风“杜苏芮”在福建晋江登陆。", List.of("location:福建"), List.of(".*:杜苏芮")),
                Arguments.of("强台风“巴黎”靠近海南。", List.of("location:海南"), List.of(".*:巴黎")),
                Arguments.of("颱風「瑪莉亞」逼近沖繩。", List.of("location:沖繩"), List.of(".*:瑪莉亞")),
                Arguments.of("日本选手在决赛中以两分之差夺冠。", List.of("location:日本"), List.of("organization:日本")),
                Arguments.of("阿里巴巴集团子公司蚂蚁集团发布财报。", List.of("organization:阿里巴巴集团", "organization:蚂蚁集团"),
                        List.of("organization:.*子公司.*")),
                Arguments.of("湖南长沙县星沙街道一小区发生火灾。", List.of("location:星沙街道"), List.of("location:.*一小区")),
                // companies listed before 等 and a word for firms (亿纬锂能、国轩高科等企业 missed 亿纬锂能, 福莱特玻璃 was a
                // person 福莱特, 晶科能源 an organization 晶科); sectors, people and places in such lists stay as they were
                Arguments.of("寒武纪、摩尔线程等国内芯片企业纷纷扩产。", List.of("organization:寒武纪", "organization:摩尔线程"),
                        List.of("person:摩尔")),
                Arguments.of("药明康德、泰格医药等药企股价下跌。", List.of("organization:药明康德", "organization:泰格医药"),
                        List.of("location:泰", "location:格", "person:.*")),
                Arguments.of("蔚来、小鹏等车企公布了交付数据。", List.of("organization:小鹏"), List.of("person:小鹏")),
                Arguments.of("钢铁、汽车等企业受到冲击。", List.of(), List.of(".*:钢铁", ".*:汽车")),
                Arguments.of("马云、马化腾等企业家出席论坛。", List.of("person:马云", "person:马化腾"), List.of("organization:.*")),
                Arguments.of("美国、日本等国家的企业加大投资。", List.of("location:美国", "location:日本"), List.of("organization:.*")),
                // an agreement typed an organization (签署自由贸易协定), a dateline place typed a person (坎培拉消息，)
                Arguments.of("中国与东盟签署自由贸易协定", List.of("location:中国", "organization:东盟"), List.of("organization:.*协定")),
                Arguments.of("坎培拉消息，澳洲央行周二宣布维持利率不变。", List.of("location:坎培拉"), List.of("person:坎培拉")),
                // Japanese names in kanji after a title (日本首相高市早苗 was missed), not a common word after a surname
                // (上杉一行: a delegation); the rules of this session that read MSRA's training text wrongly at first:
                // a list's first item after a preposition (除索尼), a place before 的 (韩国的现代), 电子公司 (no 子公司),
                // 关贸总协定 (a body, no agreement)
                Arguments.of("日本农林水产大臣铃木宪和表示关切。", List.of("person:铃木宪和"), List.of()),
                Arguments.of("日本首相高市早苗会见了代表团。", List.of("person:高市早苗"), List.of()),
                Arguments.of("上杉一行抵达北京。", List.of("location:北京"), List.of("person:上杉一行")),
                Arguments.of("除索尼、本田和丰田汽车等少数企业外，多数企业亏损。", List.of("organization:索尼"),
                        List.of("organization:除索尼")),
                Arguments.of("韩国的现代、三星等大型企业集团公布了方案。", List.of("location:韩国", "organization:现代"),
                        List.of("organization:韩国的现代")),
                Arguments.of("飞利浦电子公司监事会通过决议。", List.of(), List.of("organization:飞利浦电", "organization:监事会")),
                Arguments.of("关贸总协定秘书处发表报告。", List.of(), List.of(".*:秘书处")),
                // and on CLUENER's training text: a first item after a clause's subject and verb (记者拨打招商银行), a
                // subsidiary word inside a bracketed note of one name
                Arguments.of("记者拨打招商银行、工商银行等银行的客服电话。", List.of("organization:招商银行"),
                        List.of("organization:记者.*")),
                Arguments.of("华润置地（企业专区,旗下楼盘）（北京）股份有限公司发布公告。", List.of(), List.of("organization:楼盘.*")),
                // a title's last character taken into a name (长官金正官 gave 官金正官), an unnamed body (某电子公司)
                Arguments.of("韩国国防部长官安圭伯表示将加强合作。", List.of("person:安圭伯"), List.of("person:官.*")),
                Arguments.of("韩国统一部长官郑东泳说，将推动对话。", List.of("person:郑东泳"), List.of("person:官.*")),
                Arguments.of("深圳某电子公司被罚款。", List.of("location:深圳"), List.of("organization:电子公司")));
    }

    @Test
    void aCompanyNamedWithItsHeadNamesItsBareStemInTheSameDocument() {
        // written 2026-12-07 (ninth session) after the rule, from a probe article written before it (蘋果 after 蘋果公司
        // was found once of four); the fruit (吃一個蘋果, 蘋果汁) stays no organization
        String text = "蘋果公司（Apple）週二發表新機。分析師指出，蘋果今年在中國的銷量下滑。他每天吃一個蘋果，也喝蘋果汁。";
        List<Entity> found = EntityTestSupport.entities(text);
        List<Integer> apples = found.stream().filter(e -> e.type().equals("organization") && e.text().equals("蘋果"))
                .map(Entity::start).toList();
        assertEquals(List.of(text.indexOf("蘋果今年")), apples, found.toString());
        // without the full name in the document, the bare name is left to the tagger
        assertFalse(EntityTestSupport.keys(EntityTestSupport.entities("他每天吃一個蘋果。")).contains("organization:蘋果"));
    }

    @Test
    void anOrganizationNamedOnceKeepsItsNameElsewhereInTheDocument() {
        // written 2026-12-08 (eleventh session) after the rule, from a probe article written before it (长安汽车 once an
        // organization, twice the place 长安); a place and its government stay the place (上海 of 上海市政府 elsewhere)
        String text = "重庆讯 长安汽车12月1日公布11月销量。长安汽车总裁王俊表示，新车型将于明年上市。";
        List<Entity> found = EntityTestSupport.entities(text);
        assertEquals(List.of(text.indexOf("长安汽车"), text.lastIndexOf("长安汽车")), found.stream()
                .filter(e -> e.type().equals("organization") && e.text().equals("长安汽车")).map(Entity::start).toList(), found.toString());
        assertFalse(EntityTestSupport.keys(found).contains("location:长安"), found.toString());
    }

    @ParameterizedTest
    @MethodSource({"ownFamilies", "prepositionTimesAndVietnameseNames", "jointBodiesPlantsAndTaiwanPlaces", "datelinesStormsNationalitiesAndParents", "gluedAndTitled", "titlesAndQuotes", "spanEdges", "bareOrganizations", "narrowedRules"})
    void ownSentencesOfTheFamilies(String text, List<String> expected, List<String> forbidden) {
        List<Entity> found = EntityTestSupport.entities(text); // offsets checked, no two overlapping
        List<String> got = EntityTestSupport.keys(found);
        for (String e : expected) assertTrue(got.contains(e), "missing " + e + " in " + got);
        for (String f : forbidden) assertFalse(got.stream().anyMatch(g -> g.matches(f)), "unexpected " + f + " in " + got);
    }

    @ParameterizedTest
    @MethodSource("golden")
    void familiesOfIssue24(String text, List<String> expected, List<String> forbidden) {
        List<Entity> found = MODEL.extract(EntityTestSupport.doc(text));
        for (Entity e : found) EntityTestSupport.assertSpan(text, e);
        List<String> got = EntityTestSupport.keys(found);
        for (String e : expected) assertTrue(got.contains(e), "missing " + e + " in " + got);
        for (String f : forbidden) assertFalse(got.contains(f), "unexpected " + f + " in " + got);
    }
}
