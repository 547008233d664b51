package org.zhtext.entities;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NameShapesTest {
    @ParameterizedTest
    @ValueSource(strings = {"何立峰", "王文涛", "李成钢", "欧阳修", "司马光", "钱其琛", "贝森特", "格里尔", "卢特尼克",
            "冯德莱恩", "唐纳德·特朗普", "Scott Bessent", "J. D. Vance"})
    void namesLookLikeNames(String s) {
        assertTrue(NameShapes.isPersonName(s), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"定在", "都有", "时说", "余人", "将对", "进口产品", "贝", "特朗普表示", "BIS", "A"})
    void taggingAccidentsAreNotNames(String s) {
        assertFalse(NameShapes.isPersonName(s), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"工业与安全局", "海关总署", "欧盟委员会", "美国贸易代表办公室", "波音公司", "中国银行", "清华大学",
            "国务院", "世界贸易组织"})
    void organizationsEndInASuffix(String s) {
        assertTrue(NameShapes.isOrganizationName(s), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"将对华进口产品", "会", "加征关税", "下周一", "美国（", "委员会议"})
    void clausesAreNotOrganizations(String s) {
        assertFalse(NameShapes.isOrganizationName(s), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"华盛顿", "马德里", "New York"})
    void locations(String s) {
        assertTrue(NameShapes.isLocationName(s), s);
    }

    @ParameterizedTest
    @ValueSource(strings = {"美", "10号", "中、美"})
    void notLocations(String s) {
        assertFalse(NameShapes.isLocationName(s), s);
    }
}
