<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
    <context>
        <name>BundledModel</name>
        <message>
            <location filename="../processing/models.py" line="22" />
            <source>Plan a shared service network (model)</source>
            <translation>Yhteisen palveluverkon suunnittelu (malli)</translation>
        </message>
    </context>
    <context>
        <name>CatchmentsAlgorithm</name>
        <message>
            <location filename="../processing/alg_catchments.py" line="111" />
            <source>Catchment areas</source>
            <translation>Vaikutusalueet</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="61" />
            <source>Allocates every demand feature (e.g. a population grid cell) to the service point it reaches at the least travel cost, and draws each service point's catchment area.

FACILITIES: the service points; FACILITY_ID: their id field (optional, default the feature id; ids must be unique).
DEMAND: points or polygons; a polygon is represented by its centroid, or by a point on its surface when the centroid falls outside it. POPULATION: numeric field; NULL and negative values (Statistics Finland masks small cells with -1) count as 0.
METHOD: 0 straight line (cost in km), 1 road network (cost in minutes).
NETWORK: road lines (needed for METHOD 1). Nodes are line end points and vertices shared by two or more lines; an edge costs its length divided by its speed. SPEED_FIELD: km/h (optional). DEFAULT_SPEED: km/h, default 50, used where the speed is NULL or &lt;= 0 and for the straight access legs from each point to its nearest network node. DIRECTION_FIELD: one-way streets, Digiroad ajosuunta (2 both ways, 3 against, 4 along the digitising direction) or OSM oneway (yes, 1, -1, no). Costs are for travel from the demand to the service point.
MAX_SNAP_DISTANCE: metres, default 1000; a point farther than this from every network node, or in a part of the network without a service point, is unreachable.
CUTOFFS: increasing positive numbers, default 30,60 (minutes or km). A demand is within cutoff c when its cost &lt;= c.

OUTPUT_DEMAND: the demand features with facility (the id of the nearest service point; NULL when unreachable), cost (NULL when unreachable) and band (0-30, 30-60, &gt;60 or unreachable).
OUTPUT_CATCHMENTS: one area per service point (the dissolved demand cells, or for point demand the Voronoi cells of the demand points) with facility, population, pop_within_&lt;c&gt; for each cutoff (a decimal point becomes _), mean_cost (population-weighted; NULL when the population is 0), max_cost and demand_count. A service point that gets no demand has a row with population 0 and no geometry.
Ties go to the service point that comes first in the layer. Work is done in a metric CRS (the demand layer's, or EPSG:3067 / a UTM zone for geographic data); outputs are in the demand layer's CRS.
Result values: TOTAL_POPULATION and UNREACHABLE_POPULATION.</source>
            <translation>Kohdistaa jokaisen kysyntäkohteen (esim. väestöruudun) palvelupisteeseen, johon sillä on pienin matkakustannus, ja piirtää kunkin palvelupisteen vaikutusalueen.

FACILITIES: palvelupisteet; FACILITY_ID: niiden tunnuskenttä (valinnainen, oletuksena kohteen tunniste; tunnusten on oltava yksilöllisiä).
DEMAND: pisteet tai alueet; aluetta edustaa sen keskipiste tai, jos keskipiste on alueen ulkopuolella, alueen sisältä valittu piste. POPULATION: numeerinen kenttä; NULL- ja negatiiviset arvot (Tilastokeskus peittää pienten ruutujen tiedot arvolla -1) lasketaan nollaksi.
METHOD: 0 linnuntie (kustannus kilometreinä), 1 tieverkko (kustannus minuutteina).
NETWORK: tieviivat (tarvitaan menetelmässä 1). Solmuja ovat viivojen päätepisteet ja kahden tai useamman viivan yhteiset taitepisteet; linkin kustannus on sen pituus jaettuna nopeudella. SPEED_FIELD: km/h (valinnainen). DEFAULT_SPEED: km/h, oletus 50; käytetään, kun nopeus on NULL tai ≤ 0, sekä suorille siirtymille kustakin pisteestä lähimpään verkon solmuun. DIRECTION_FIELD: yksisuuntaiset kadut, Digiroadin ajosuunta (2 molempiin suuntiin, 3 digitointisuuntaa vastaan, 4 digitointisuuntaan) tai OSM:n oneway (yes, 1, -1, no). Kustannus lasketaan matkalle kysyntäkohteesta palvelupisteeseen.
MAX_SNAP_DISTANCE: metreinä, oletus 1000; piste, joka on tätä kauempana kaikista verkon solmuista tai verkon osassa, jossa ei ole palvelupistettä, on saavuttamaton.
CUTOFFS: kasvavat positiiviset luvut, oletus 30,60 (minuutteja tai kilometrejä). Kysyntäkohde on rajan c sisällä, kun sen kustannus ≤ c.

OUTPUT_DEMAND: kysyntäkohteet ja niille facility (lähimmän palvelupisteen tunnus; NULL, jos saavuttamaton), cost (NULL, jos saavuttamaton) ja band (0-30, 30-60, &gt;60 tai unreachable).
OUTPUT_CATCHMENTS: yksi alue kullekin palvelupisteelle (yhdistetyt kysyntäruudut tai pistemäisen kysynnän Voronoi-solut) kenttinä facility, population, pop_within_&lt;c&gt; kullekin rajalle (desimaalipiste muuttuu merkiksi _), mean_cost (väestöllä painotettu; NULL, kun väestö on 0), max_cost ja demand_count. Palvelupisteellä, jolle ei kohdistu kysyntää, on rivi, jonka väestö on 0 ja jolla ei ole geometriaa.
Tasatilanteessa valitaan tasoon ensimmäisenä tallennettu palvelupiste. Laskenta tehdään metrisessä koordinaattijärjestelmässä (kysyntätason omassa tai maantieteellisille koordinaateille EPSG:3067:ssä / UTM-vyöhykkeessä); tulokset ovat kysyntätason koordinaattijärjestelmässä.
Tulosarvot: TOTAL_POPULATION ja UNREACHABLE_POPULATION.</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="94" />
            <source>Service points</source>
            <translation>Palvelupisteet</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="96" />
            <source>Service point id field (default: feature id)</source>
            <translation>Palvelupisteen tunnuskenttä (oletus: kohteen tunniste)</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="99" />
            <source>Demand (points or polygons, e.g. a population grid)</source>
            <translation>Kysyntä (pisteet tai alueet, esim. väestöruudukko)</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="102" />
            <source>Population field</source>
            <translation>Väestökenttä</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="106" />
            <source>Cost cutoffs (increasing, comma-separated)</source>
            <translation>Kustannusrajat (kasvavat, pilkuin erotetut)</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="108" />
            <source>Demand with nearest service point</source>
            <translation>Kysyntä ja lähin palvelupiste</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="113" />
            <source>Total population</source>
            <translation>Väestö yhteensä</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="114" />
            <source>Unreachable population</source>
            <translation>Saavuttamaton väestö</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="127" />
            <source>Computing in {}.</source>
            <translation>Lasketaan koordinaattijärjestelmässä {}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="178" />
            <source>The FACILITIES layer {} has no service points with a location: give at least one point.</source>
            <translation>FACILITIES-tasolla {} ei ole sijainnillisia palvelupisteitä: anna vähintään yksi piste.</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="183" />
            <source>Skipped {} service points with an empty or invalid geometry.</source>
            <translation>Ohitettiin {} palvelupistettä, joiden geometria on tyhjä tai virheellinen.</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="192" />
            <source>The DEMAND layer {} has no features with a usable geometry.</source>
            <translation>DEMAND-tasolla {} ei ole kohteita, joilla on käyttökelpoinen geometria.</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="195" />
            <source>Skipped {} demand features with an empty or invalid geometry.</source>
            <translation>Ohitettiin {} kysyntäkohdetta, joiden geometria on tyhjä tai virheellinen.</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="200" />
            <source>The POPULATION field {} of the DEMAND layer has a value that is not a number.</source>
            <translation>DEMAND-tason väestökentässä {} on arvo, joka ei ole luku.</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="204" />
            <source>{} demand features have a NULL or negative population; they count as 0.</source>
            <translation>{} kysyntäkohteen väestö on NULL tai negatiivinen; ne lasketaan nollaksi.</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="219" />
            <source>{} demand features, {} service points; total population {:.0f}, unreachable {:.0f} (costs in {}).</source>
            <translation>{} kysyntäkohdetta, {} palvelupistettä; väestö yhteensä {:.0f}, saavuttamattomissa {:.0f} (kustannukset yksikössä {}).</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="222" />
            <source>Time: reading {:.1f} s, costs {:.1f} s, areas {:.1f} s, writing {:.1f} s, total {:.1f} s.</source>
            <translation>Aika: luku {:.1f} s, kustannukset {:.1f} s, alueet {:.1f} s, kirjoitus {:.1f} s, yhteensä {:.1f} s.</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="232" />
            <source>CUTOFFS must be increasing positive numbers separated by commas, e.g. 30,60 (got '{}').</source>
            <translation>CUTOFFS-rajojen on oltava kasvavia positiivisia lukuja pilkuin erotettuina, esim. 30,60 (annettu '{}').</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="240" />
            <source>The DEMAND layer {} has no population field {}: give its numeric population field as POPULATION.</source>
            <translation>DEMAND-tasolla {} ei ole väestökenttää {}: anna sen numeerinen väestökenttä POPULATION-parametrina.</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="244" />
            <source>The POPULATION field {} of the DEMAND layer is not numeric: give a field of resident counts.</source>
            <translation>DEMAND-tason väestökenttä {} ei ole numeerinen: anna asukasmäärät sisältävä kenttä.</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="248" />
            <source>The FACILITIES layer has no field {}.</source>
            <translation>FACILITIES-tasolla ei ole kenttää {}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="255" />
            <source>Some service points have no {} (NULL): every service point needs an id.</source>
            <translation>Joiltakin palvelupisteiltä puuttuu {} (NULL): jokainen palvelupiste tarvitsee tunnuksen.</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="263" />
            <source>The FACILITY_ID field {} has duplicate ids ({}): the ids of the service points must be unique.</source>
            <translation>FACILITY_ID-kentässä {} on samoja tunnuksia useaan kertaan ({}): palvelupisteiden tunnusten on oltava yksilöllisiä.</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="291" />
            <source>The DEMAND layer already has a field {}; the output replaces its values.</source>
            <translation>DEMAND-tasolla on jo kenttä {}; tuloksessa sen arvot korvataan.</translation>
        </message>
    </context>
    <context>
        <name>CompareScenariosAlgorithm</name>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="61" />
            <source>Compare service network scenarios</source>
            <translation>Palveluverkon skenaarioiden vertailu</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="64" />
            <source>Compares two sets of service points for the same residents: who is no longer within the cutoff (e.g. "if the Kitee office closes, who is no longer within an hour of a point") and who gains.

BASE: today's service points. SCENARIO: the points of the scenario; leave it empty to use the BASE layer filtered by SCENARIO_EXPRESSION. BASE_EXPRESSION and SCENARIO_EXPRESSION: optional filters (e.g. "name" &lt;&gt; 'Kitee'). FACILITY_ID: id field of the points (default the feature id).
DEMAND and POPULATION: residents as points or polygons (NULL and negative count as 0).
METHOD, NETWORK, SPEED_FIELD, DEFAULT_SPEED, DIRECTION_FIELD, MAX_SNAP_DISTANCE: travel cost as in Catchments (km by straight line, minutes by road). CUTOFF: default 60.
AREAS and AREA_NAME: optional municipality or region polygons for a per-area table.

OUTPUT: the demand with facility_base, cost_base, facility_scenario, cost_scenario, change (cost_scenario - cost_base, NULL when either is NULL), lost_cutoff (1: within CUTOFF before, not after) and gained_cutoff (1: the other way round). OUTPUT_AREAS: per area population, pop_lost, pop_gained, pop_within_base, pop_within_scenario, mean_cost_base and mean_cost_scenario (population-weighted over the residents that reach a point) and demand_count. OUTPUT_REPORT: optional HTML report.
Result values: POPULATION_LOST, POPULATION_GAINED, TOTAL_POPULATION, MEAN_COST_BASE, MEAN_COST_SCENARIO.</source>
            <translation>Vertaa kahta palvelupisteiden joukkoa samoille asukkaille: kuka ei enää ole raja-arvon sisällä (esim. "jos Kiteen toimipiste suljetaan, kuka ei enää ole tunnin päässä pisteestä") ja kuka hyötyy.

BASE: nykyiset palvelupisteet. SCENARIO: skenaarion pisteet; jätä tyhjäksi, jos käytetään BASE-tasoa SCENARIO_EXPRESSION-lausekkeella suodatettuna. BASE_EXPRESSION ja SCENARIO_EXPRESSION: valinnaiset suodattimet (esim. "name" &lt;&gt; 'Kitee'). FACILITY_ID: pisteiden tunnuskenttä (oletus kohteen tunniste).
DEMAND ja POPULATION: asukkaat pisteinä tai alueina (NULL ja negatiiviset lasketaan nollaksi).
METHOD, NETWORK, SPEED_FIELD, DEFAULT_SPEED, DIRECTION_FIELD, MAX_SNAP_DISTANCE: matka kuten Palvelualueissa (km linnuntietä, minuutit tieverkkoa pitkin). CUTOFF: oletus 60.
AREAS ja AREA_NAME: valinnaiset kunta- tai maakunta-alueet aluekohtaista taulukkoa varten.

OUTPUT: kysyntä kenttineen facility_base, cost_base, facility_scenario, cost_scenario, change (cost_scenario - cost_base, NULL jos jompikumpi on NULL), lost_cutoff (1: raja-arvon CUTOFF sisällä ennen, ei jälkeen) ja gained_cutoff (1: päinvastoin). OUTPUT_AREAS: alueittain population, pop_lost, pop_gained, pop_within_base, pop_within_scenario, mean_cost_base ja mean_cost_scenario (väestöllä painotettu niiden asukkaiden yli, jotka saavuttavat pisteen) sekä demand_count. OUTPUT_REPORT: valinnainen HTML-raportti.
Tulosarvot: POPULATION_LOST, POPULATION_GAINED, TOTAL_POPULATION, MEAN_COST_BASE, MEAN_COST_SCENARIO.</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="89" />
            <source>Base service points</source>
            <translation>Nykyiset palvelupisteet (perustilanne)</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="91" />
            <source>Scenario service points (empty: BASE filtered by the scenario expression)</source>
            <translation>Skenaarion palvelupisteet (tyhjä: BASE suodatettuna skenaarion lausekkeella)</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="94" />
            <source>Base filter (expression, optional)</source>
            <translation>Perustilanteen suodatin (lauseke, valinnainen)</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="97" />
            <source>Scenario filter (expression, optional)</source>
            <translation>Skenaarion suodatin (lauseke, valinnainen)</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="100" />
            <source>Service point id field (default: feature id)</source>
            <translation>Palvelupisteen tunnuskenttä (oletus: kohteen tunniste)</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="105" />
            <source>Cutoff (minutes by road, km by straight line)</source>
            <translation>Raja-arvo (minuutit tieverkkoa pitkin, km linnuntietä)</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="108" />
            <source>Areas (municipalities or regions, optional)</source>
            <translation>Alueet (kunnat tai maakunnat, valinnainen)</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="112" />
            <source>Area name field</source>
            <translation>Alueen nimikenttä</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="114" />
            <source>Demand with both costs</source>
            <translation>Kysyntä molempine matkoineen</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="116" />
            <source>Change by area</source>
            <translation>Muutos alueittain</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="119" />
            <source>Scenario report (HTML)</source>
            <translation>Skenaarioraportti (HTML)</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="119" />
            <source>HTML files (*.html)</source>
            <translation>HTML-tiedostot (*.html)</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="269" />
            <source>Population losing the cutoff</source>
            <translation>Raja-arvon ulkopuolelle jäävä väestö</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="270" />
            <source>Population gaining the cutoff</source>
            <translation>Raja-arvon sisälle tuleva väestö</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="269" />
            <source>Total population</source>
            <translation>Koko väestö</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="122" />
            <source>Mean cost, base</source>
            <translation>Keskimääräinen matka, perustilanne</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="122" />
            <source>Mean cost, scenario</source>
            <translation>Keskimääräinen matka, skenaario</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="193" />
            <source>CUTOFF must be a positive number.</source>
            <translation>CUTOFF-arvon on oltava positiivinen luku.</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="196" />
            <source>Give the scenario: a SCENARIO layer, or a SCENARIO_EXPRESSION that filters the BASE layer.</source>
            <translation>Anna skenaario: SCENARIO-taso tai SCENARIO_EXPRESSION-lauseke, joka suodattaa BASE-tasoa.</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="201" />
            <source>Choose the AREA_NAME field of the AREAS layer.</source>
            <translation>Valitse AREAS-tason nimikenttä AREA_NAME.</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="179" />
            <source>Within the cutoff before but not after: {} residents; after but not before: {}.</source>
            <translation>Raja-arvon sisällä ennen mutta ei jälkeen: {} asukasta; jälkeen mutta ei ennen: {}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="212" />
            <source>No {} point passes the filter: every resident is unreachable there.</source>
            <translation>Yksikään {}-piste ei läpäise suodatinta: siinä tilanteessa kukaan asukas ei saavuta pistettä.</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="237" />
            <source>{} residents lie outside every area and are not in the area table.</source>
            <translation>{} asukasta on kaikkien alueiden ulkopuolella, eivätkä he ole aluetaulukossa.</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="268" />
            <source>Summary</source>
            <translation>Yhteenveto</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="268" />
            <source>Figure</source>
            <translation>Tunnusluku</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="268" />
            <source>Value</source>
            <translation>Arvo</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="270" />
            <source>Mean cost, base ({})</source>
            <translation>Keskimääräinen matka, perustilanne ({})</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="271" />
            <source>Mean cost, scenario ({})</source>
            <translation>Keskimääräinen matka, skenaario ({})</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="271" />
            <source>Area</source>
            <translation>Alue</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="272" />
            <source>Population</source>
            <translation>Väestö</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="272" />
            <source>Losing the cutoff</source>
            <translation>Jää raja-arvon ulkopuolelle</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="273" />
            <source>Gaining the cutoff</source>
            <translation>Tulee raja-arvon sisälle</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="273" />
            <source>Within the cutoff, base</source>
            <translation>Raja-arvon sisällä, perustilanne</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="274" />
            <source>Within the cutoff, scenario</source>
            <translation>Raja-arvon sisällä, skenaario</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="274" />
            <source>By area</source>
            <translation>Alueittain</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="275" />
            <source>Run parameters</source>
            <translation>Ajon parametrit</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="280" />
            <source>A resident is within the cutoff when the travel cost to the nearest service point is at most the cutoff; mean costs are over the residents that reach a point.</source>
            <translation>Asukas on raja-arvon sisällä, kun matka lähimpään palvelupisteeseen on enintään raja-arvo; keskimääräiset matkat lasketaan niiden asukkaiden yli, jotka saavuttavat pisteen.</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="290" />
            <source>Scenario comparison</source>
            <translation>Skenaarioiden vertailu</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="81" />
            <source>With AREAS, the report lists the areas with residents sorted by name in the language of QGIS (å, ä, ö after z in Finnish and Swedish) and says how many residents and demand features lie outside every area (result values OUTSIDE_POPULATION and OUTSIDE_COUNT); areas without residents are left out of the report (it says how many) and kept in OUTPUT_AREAS.</source>
            <translation>Kun AREAS on annettu, raportti luettelee alueet, joilla on asukkaita, nimen mukaan QGIS:n kielen aakkosjärjestyksessä (suomessa ja ruotsissa å, ä, ö z:n jälkeen) ja kertoo, montako asukasta ja kysyntäkohdetta on kaikkien alueiden ulkopuolella (tulosarvot OUTSIDE_POPULATION ja OUTSIDE_COUNT); alueet, joilla ei ole asukkaita, jätetään raportista pois (se kertoo montako) ja säilytetään OUTPUT_AREAS-tasossa.</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="122" />
            <source>Population outside every area</source>
            <translation>Väestö kaikkien alueiden ulkopuolella</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="122" />
            <source>Demand features outside every area</source>
            <translation>Kysyntäkohteet kaikkien alueiden ulkopuolella</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="276" />
            <source>The table counts {} residents; {} residents ({} demand features) lie outside every area and are not in it; {} residents in all.</source>
            <translation>Taulukossa on {} asukasta; {} asukasta ({} kysyntäkohdetta) on kaikkien alueiden ulkopuolella eikä taulukossa; asukkaita on kaikkiaan {}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="278" />
            <source>{} areas without residents are left out of the table; the output layer has every area.</source>
            <translation>{} aluetta, joilla ei ole asukkaita, on jätetty taulukosta pois; tulostasolla ovat kaikki alueet.</translation>
        </message>
    </context>
    <context>
        <name>CopyWorkspaceAlgorithm</name>
        <message>
            <location filename="../processing/alg_copyworkspace.py" line="34" />
            <source>Copy workspace (GeoPackage ↔ PostGIS)</source>
            <translation>Kopioi työtila (GeoPackage ↔ PostGIS)</translation>
        </message>
        <message>
            <location filename="../processing/alg_copyworkspace.py" line="37" />
            <source>Copies a workspace between a GeoPackage file and a database schema: every premises, agency presence and agency registry row, with its fid, so that a group can start its shared database workspace from the demo or from today's file, and take a copy back.

DIRECTION: GeoPackage to database (default) or database to GeoPackage.
GEOPACKAGE: the workspace file (created when it does not exist and it is the target).
CONNECTION, SCHEMA: the database workspace (created when the schema does not exist and it is the target).
REPLACE: empty the target's premises and presence rows first (default: no; a target that already has rows is refused, so a copy never duplicates rows).

The target's agency registry is replaced by the source's. Row versions in the database start again at 1. Each copy is one transaction: a failure leaves the target as it was; in the database the copy is recorded in the audit log.
Results: PREMISES, PRESENCE and AGENCIES, the rows copied.</source>
            <translation>Kopioi työtilan GeoPackage-tiedoston ja tietokantaskeeman välillä: jokaisen toimitilan, viraston läsnäolon ja virastorekisterin rivin fid-tunnuksineen, jotta ryhmä voi aloittaa jaetun tietokantatyötilansa demosta tai nykyisestä tiedostostaan ja ottaa siitä kopion takaisin.

DIRECTION: GeoPackagesta tietokantaan (oletus) tai tietokannasta GeoPackageen.
GEOPACKAGE: työtilatiedosto (luodaan, jos sitä ei ole ja se on kohde).
CONNECTION, SCHEMA: tietokantatyötila (luodaan, jos skeemaa ei ole ja se on kohde).
REPLACE: tyhjennä ensin kohteen toimitila- ja läsnäolorivit (oletus: ei; kohde, jossa on jo rivejä, hylätään, joten kopiointi ei koskaan monista rivejä).

Kohteen virastorekisteri korvataan lähteen rekisterillä. Rivien versiot alkavat tietokannassa jälleen ykkösestä. Jokainen kopiointi on yksi transaktio: epäonnistuminen jättää kohteen ennalleen; tietokannassa kopiointi kirjataan muutoslokiin.
Tulokset: PREMISES, PRESENCE ja AGENCIES, kopioidut rivit.</translation>
        </message>
        <message>
            <location filename="../processing/alg_copyworkspace.py" line="54" />
            <source>Direction</source>
            <translation>Suunta</translation>
        </message>
        <message>
            <location filename="../processing/alg_copyworkspace.py" line="54" />
            <source>GeoPackage to database</source>
            <translation>GeoPackagesta tietokantaan</translation>
        </message>
        <message>
            <location filename="../processing/alg_copyworkspace.py" line="54" />
            <source>Database to GeoPackage</source>
            <translation>Tietokannasta GeoPackageen</translation>
        </message>
        <message>
            <location filename="../processing/alg_copyworkspace.py" line="57" />
            <source>Workspace GeoPackage</source>
            <translation>Työtilan GeoPackage</translation>
        </message>
        <message>
            <location filename="../processing/alg_copyworkspace.py" line="60" />
            <source>Replace the target's rows</source>
            <translation>Korvaa kohteen rivit</translation>
        </message>
        <message>
            <location filename="../processing/alg_copyworkspace.py" line="62" />
            <source>Premises copied</source>
            <translation>Kopioidut toimitilat</translation>
        </message>
        <message>
            <location filename="../processing/alg_copyworkspace.py" line="62" />
            <source>Presence rows copied</source>
            <translation>Kopioidut läsnäolorivit</translation>
        </message>
        <message>
            <location filename="../processing/alg_copyworkspace.py" line="62" />
            <source>Agencies copied</source>
            <translation>Kopioidut virastot</translation>
        </message>
        <message>
            <location filename="../processing/alg_copyworkspace.py" line="73" />
            <source>Give the workspace GeoPackage (a .gpkg file).</source>
            <translation>Anna työtilan GeoPackage (.gpkg-tiedosto).</translation>
        </message>
        <message>
            <location filename="../processing/alg_copyworkspace.py" line="83" />
            <source>Copied {} premises, {} presence rows and {} agencies.</source>
            <translation>Kopioitiin {} toimitilaa, {} läsnäoloriviä ja {} virastoa.</translation>
        </message>
    </context>
    <context>
        <name>CostParameters</name>
        <message>
            <location filename="../processing/costparams.py" line="66" />
            <source>Straight line (km)</source>
            <translation>Linnuntie (km)</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="67" />
            <source>Road network (minutes)</source>
            <translation>Tieverkko (minuuttia)</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="69" />
            <source>Travel cost method</source>
            <translation>Matkakustannuksen laskutapa</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="71" />
            <source>Road network (lines; needed for the road network method)</source>
            <translation>Tieverkko (viivat; tarvitaan tieverkkomenetelmässä)</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="74" />
            <source>Speed field of the road network (km/h)</source>
            <translation>Tieverkon nopeuskenttä (km/h)</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="77" />
            <source>Default speed (km/h), also for the access legs to the network</source>
            <translation>Oletusnopeus (km/h), myös siirtymille tieverkolle</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="81" />
            <source>One-way field of the road network (Digiroad ajosuunta or OSM oneway)</source>
            <translation>Tieverkon ajosuuntakenttä (Digiroadin ajosuunta tai OSM:n oneway)</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="85" />
            <source>Largest distance from a point to the network (m)</source>
            <translation>Pisteen suurin etäisyys tieverkosta (m)</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="160" />
            <source>DEFAULT_SPEED must be a positive speed in km/h.</source>
            <translation>DEFAULT_SPEED-nopeuden on oltava positiivinen (km/h).</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="163" />
            <source>MAX_SNAP_DISTANCE must be zero or a positive distance in metres.</source>
            <translation>MAX_SNAP_DISTANCE-etäisyyden on oltava nolla tai positiivinen (metreinä).</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="171" />
            <source>The road network method (METHOD 1) needs a road network: give a line layer as NETWORK.</source>
            <translation>Tieverkkomenetelmä (METHOD 1) tarvitsee tieverkon: anna viivataso NETWORK-parametrina.</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="178" />
            <source>The NETWORK layer {} is not a line layer: give the road network as lines.</source>
            <translation>NETWORK-taso {} ei ole viivataso: anna tieverkko viivoina.</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="186" />
            <source>The NETWORK layer has no field {}.</source>
            <translation>NETWORK-tasolla ei ole kenttää {}.</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="189" />
            <source>The speed field {} of the NETWORK layer is not numeric: give speeds in km/h.</source>
            <translation>NETWORK-tason nopeuskenttä {} ei ole numeerinen: anna nopeudet yksikössä km/h.</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="135" />
            <source>The NETWORK layer {} has no usable lines.</source>
            <translation>NETWORK-tasolla {} ei ole käyttökelpoisia viivoja.</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="202" />
            <source>The speed field {} of the NETWORK layer has a value that is not a number.</source>
            <translation>NETWORK-tason nopeuskentässä {} on arvo, joka ei ole luku.</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="208" />
            <source>{} line parts have an unknown one-way value in {}; they are driven both ways.</source>
            <translation>{} viivanosalla on tuntematon ajosuunta kentässä {}; niitä ajetaan molempiin suuntiin.</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="145" />
            <source>Skipped {} network features with an empty or invalid geometry.</source>
            <translation>Ohitettiin {} tieverkon kohdetta, joiden geometria on tyhjä tai virheellinen.</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="148" />
            <source>Road network: {} line parts, {} nodes, {} directed edges (read in {:.1f} s, graph built in {:.1f} s).</source>
            <translation>Tieverkko: {} viivanosaa, {} solmua, {} suunnattua linkkiä (luettu {:.1f} s:ssa, verkko rakennettu {:.1f} s:ssa).</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="217" />
            <source>minutes</source>
            <translation>minuuttia</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="218" />
            <source>km</source>
            <translation>km</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="55" />
            <source>Demand (population points or polygons)</source>
            <translation>Kysyntä (väestöpisteet tai -alueet)</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="58" />
            <source>Population field</source>
            <translation>Väestökenttä</translation>
        </message>
    </context>
    <context>
        <name>CoverageReportAlgorithm</name>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="69" />
            <source>Coverage report by area</source>
            <translation>Kattavuusraportti alueittain</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="104" />
            <source>Demand with travel costs (output of Catchments)</source>
            <translation>Kysyntä matka-aikoineen (Vaikutusalueiden tulos)</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="115" />
            <source>Population field</source>
            <translation>Väestökenttä</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="118" />
            <source>Travel cost field</source>
            <translation>Matkakenttä</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="121" />
            <source>Residents aged 65+ field (optional)</source>
            <translation>65 vuotta täyttäneiden kenttä (valinnainen)</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="124" />
            <source>Cutoffs (comma-separated, same unit as the cost)</source>
            <translation>Raja-arvot (pilkuin erotettuina, samassa yksikössä kuin matka)</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="126" />
            <source>Unit of the cost (for the report)</source>
            <translation>Matkan yksikkö (raporttia varten)</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="126" />
            <source>minutes</source>
            <translation>minuuttia</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="214" />
            <source>km</source>
            <translation>km</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="129" />
            <source>Areas (municipalities or regions)</source>
            <translation>Alueet (kunnat tai maakunnat)</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="131" />
            <source>Area name field</source>
            <translation>Alueen nimikenttä</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="268" />
            <source>Coverage by area</source>
            <translation>Kattavuus alueittain</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="135" />
            <source>Coverage report (HTML)</source>
            <translation>Kattavuusraportti (HTML)</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="135" />
            <source>HTML files (*.html)</source>
            <translation>HTML-tiedostot (*.html)</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="138" />
            <source>Total population</source>
            <translation>Väestö yhteensä</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="138" />
            <source>Population within the largest cutoff</source>
            <translation>Väestö suurimman raja-arvon sisällä</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="138" />
            <source>Share within the largest cutoff (%)</source>
            <translation>Osuus suurimman raja-arvon sisällä (%)</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="138" />
            <source>Unreachable population</source>
            <translation>Saavuttamaton väestö</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="138" />
            <source>Population outside every area</source>
            <translation>Väestö alueiden ulkopuolella</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="138" />
            <source>Population-weighted mean cost</source>
            <translation>Väestöllä painotettu keskimääräinen matka</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="210" />
            <source>CUTOFFS must be increasing positive numbers separated by commas, e.g. 30,60.</source>
            <translation>CUTOFFS-arvojen on oltava kasvavia positiivisia lukuja pilkuin erotettuina, esim. 30,60.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="198" />
            <source>Using the field ika_65_ for residents aged 65+.</source>
            <translation>65 vuotta täyttäneet luetaan kentästä ika_65_.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="201" />
            <source>The AREAS layer has no field {}.</source>
            <translation>AREAS-tasolla ei ole kenttää {}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="203" />
            <source>The DEMAND layer {} is empty.</source>
            <translation>DEMAND-taso {} on tyhjä.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="296" />
            <source>{} demand features had a NULL or negative population; they count as 0.</source>
            <translation>{} kysyntäkohteen väestö oli NULL tai negatiivinen; ne lasketaan nollaksi.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="299" />
            <source>Skipped {} demand features with an empty or invalid geometry.</source>
            <translation>Ohitettiin {} kysyntäkohdetta, joiden geometria on tyhjä tai virheellinen.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="302" />
            <source>{} residents ({} demand features) lie outside every area and are not in the table.</source>
            <translation>{} asukasta ({} kysyntäkohdetta) on kaikkien alueiden ulkopuolella, eivätkä he ole taulukossa.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="214" />
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="217" />
            <source>Coverage report</source>
            <translation>Kattavuusraportti</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="264" />
            <source>Area</source>
            <translation>Alue</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="264" />
            <source>Population</source>
            <translation>Väestö</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="264" />
            <source>Within {} {}</source>
            <translation>Enintään {} {}</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="265" />
            <source>Share within {} (%)</source>
            <translation>Osuus enintään {} (%)</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="265" />
            <source>Unreachable</source>
            <translation>Ei saavutettavissa</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="266" />
            <source>Mean cost ({})</source>
            <translation>Keskimääräinen matka ({})</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="266" />
            <source>Aged 65+</source>
            <translation>65 vuotta täyttäneet</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="266" />
            <source>65+ within {} {}</source>
            <translation>65+ enintään {} {}</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="267" />
            <source>Masked cells</source>
            <translation>Suojatut ruudut</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="267" />
            <source>Population in masked cells</source>
            <translation>Väestö suojatuissa ruuduissa</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="268" />
            <source>Total</source>
            <translation>Yhteensä</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="273" />
            <source>Share of population (%)</source>
            <translation>Osuus väestöstä (%)</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="273" />
            <source>Run parameters</source>
            <translation>Ajon parametrit</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="274" />
            <source>A resident is within a cutoff when the travel cost to the nearest service point is at most the cutoff. Masked cells (fewer than 10 residents) have no age breakdown; their residents count in the population but not in the 65+ figures.</source>
            <translation>Asukas on raja-arvon sisällä, kun matka lähimpään palvelupisteeseen on enintään raja-arvo. Suojatuista ruuduista (alle 10 asukasta) ei ole ikäjakaumaa; niiden asukkaat lasketaan väestöön mutta eivät 65 vuotta täyttäneiden lukuihin.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="283" />
            <source>Choose the {} field of the DEMAND layer.</source>
            <translation>Valitse DEMAND-tason kenttä {}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="287" />
            <source>The DEMAND layer has no field {} (parameter {}). Run Catchments first, or choose another field.</source>
            <translation>DEMAND-tasolla ei ole kenttää {} (parametri {}). Aja ensin Vaikutusalueet tai valitse toinen kenttä.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="291" />
            <source>The field {} of the DEMAND layer is not numeric.</source>
            <translation>DEMAND-tason kenttä {} ei ole numeerinen.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="160" />
            <source>The AREAS layer {} has no polygons.</source>
            <translation>AREAS-tasolla {} ei ole alueita.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="72" />
            <source>Tells, for each area (municipality or region), how many residents live within each travel-cost cutoff of a service point, using the demand output of Catchments (its cost field).

FACILITIES (optional): service points. When given, Catchments is run first on DEMAND with FACILITY_ID, METHOD, NETWORK, SPEED_FIELD, DEFAULT_SPEED, DIRECTION_FIELD, MAX_SNAP_DISTANCE and CUTOFFS (same meaning as in Catchments), and its cost is used; COST_FIELD and COST_UNIT are then ignored.
DEMAND: points or polygons (e.g. the population grid with catchments' cost and band fields); a polygon counts at its centroid, or at a point on its surface when the centroid falls outside.
POPULATION: residents (default vaesto); NULL and negative values count as 0.
COST_FIELD: travel cost to the nearest service point (default cost; minutes by road or km by straight line); NULL means unreachable.
AGE65_FIELD: residents aged 65+ (optional; ika_65_ is used when the layer has it). Statistics Finland masks cells under 10 residents with -1: such cells are counted apart (masked_cells, masked_population) and never added to the 65+ figures.
CUTOFFS: increasing positive numbers, default 30,60. A resident is within cutoff c when cost &lt;= c.
COST_UNIT: minutes (default) or km, for the texts of the report.
AREAS and AREA_NAME: the area polygons and their name field.

OUTPUT: the areas with area, population, pop_within_&lt;c&gt; and share_within_&lt;c&gt; (percent) for each cutoff, pop_unreachable, mean_cost (population-weighted over reachable residents), max_cost, pop65, pop65_within_&lt;c&gt;, masked_cells, masked_population and demand_count.
OUTPUT_REPORT: optional HTML report with the table and a chart.
Result values: TOTAL_POPULATION, COVERED_POPULATION and COVERED_SHARE (within the largest cutoff), UNREACHABLE_POPULATION, OUTSIDE_POPULATION (demand in no area) and MEAN_COST.</source>
            <translation>Kertoo kullekin alueelle (kunnalle tai maakunnalle), kuinka moni asukas asuu kunkin matka-ajan raja-arvon sisällä palvelupisteestä. Lähtötietona on Vaikutusalueet-algoritmin kysyntätulos (sen cost-kenttä).

FACILITIES (valinnainen): palvelupisteet. Jos ne annetaan, DEMAND-tasolle ajetaan ensin Vaikutusalueet parametrein FACILITY_ID, METHOD, NETWORK, SPEED_FIELD, DEFAULT_SPEED, DIRECTION_FIELD, MAX_SNAP_DISTANCE ja CUTOFFS (merkitys kuten Vaikutusalueissa), ja sen tuottamaa matkaa käytetään; COST_FIELD ja COST_UNIT jätetään silloin huomiotta.
DEMAND: pisteet tai alueet (esim. väestöruudukko, jossa on palvelualueiden cost- ja band-kentät); alue lasketaan keskipisteeseensä tai, jos keskipiste on alueen ulkopuolella, alueen sisällä olevaan pisteeseen.
POPULATION: asukkaat (oletus vaesto); NULL- ja negatiiviset arvot lasketaan nollaksi.
COST_FIELD: matka lähimpään palvelupisteeseen (oletus cost; minuutteina tieverkkoa pitkin tai kilometreinä linnuntietä); NULL tarkoittaa, ettei pistettä saavuteta.
AGE65_FIELD: 65 vuotta täyttäneet asukkaat (valinnainen; ika_65_ käytetään, jos tasolla on se). Tilastokeskus suojaa alle 10 asukkaan ruudut arvolla -1: ne lasketaan erikseen (masked_cells, masked_population) eikä niitä koskaan lisätä 65 vuotta täyttäneiden lukuihin.
CUTOFFS: kasvavat positiiviset luvut, oletus 30,60. Asukas on raja-arvon c sisällä, kun cost &lt;= c.
COST_UNIT: minuutit (oletus) tai km raportin teksteihin.
AREAS ja AREA_NAME: aluerajat ja niiden nimikenttä.

OUTPUT: alueet kenttineen area, population, pop_within_&lt;c&gt; ja share_within_&lt;c&gt; (prosentteina) kullekin raja-arvolle, pop_unreachable, mean_cost (väestöllä painotettu, saavutettavien asukkaiden yli), max_cost, pop65, pop65_within_&lt;c&gt;, masked_cells, masked_population ja demand_count.
OUTPUT_REPORT: valinnainen HTML-raportti, jossa on taulukko ja kaavio.
Tulosarvot: TOTAL_POPULATION, COVERED_POPULATION ja COVERED_SHARE (suurimman raja-arvon sisällä), UNREACHABLE_POPULATION, OUTSIDE_POPULATION (kysyntä alueiden ulkopuolella) ja MEAN_COST.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="107" />
            <source>Service points (optional: run Catchments first)</source>
            <translation>Palvelupisteet (valinnainen: ajetaan ensin Vaikutusalueet)</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="110" />
            <source>Service point id field</source>
            <translation>Palvelupisteen tunnuskenttä</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="241" />
            <source>Running Catchments from here needs the Python package shapely 2. Give a DEMAND layer that already has the cost field of Catchments instead, or install shapely 2.</source>
            <translation>Vaikutusalueiden ajaminen tästä vaatii Python-paketin shapely 2. Anna sen sijaan DEMAND-taso, jossa on jo Vaikutusalueiden cost-kenttä, tai asenna shapely 2.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="96" />
            <source>The report lists the areas with residents, sorted by name in the language of QGIS (å, ä, ö after z in Finnish and Swedish), and says how many residents and demand features lie outside every area: its total plus those outside is every resident. Areas without residents are left out of the report (it says how many) and kept in OUTPUT. OUTSIDE_COUNT: demand features outside every area.</source>
            <translation>Raportti luettelee alueet, joilla on asukkaita, nimen mukaan QGIS:n kielen aakkosjärjestyksessä (suomessa ja ruotsissa å, ä, ö z:n jälkeen), ja kertoo, montako asukasta ja kysyntäkohdetta on kaikkien alueiden ulkopuolella: sen summa ja ulkopuoliset ovat yhteensä kaikki asukkaat. Alueet, joilla ei ole asukkaita, jätetään raportista pois (se kertoo montako) ja säilytetään OUTPUT-tasossa. OUTSIDE_COUNT: kaikkien alueiden ulkopuolella olevat kysyntäkohteet.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="138" />
            <source>Demand features outside every area</source>
            <translation>Kysyntäkohteet kaikkien alueiden ulkopuolella</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="269" />
            <source>The table counts {} residents; {} residents ({} demand features) lie outside every area and are not in it; {} residents in all.</source>
            <translation>Taulukossa on {} asukasta; {} asukasta ({} kysyntäkohdetta) on kaikkien alueiden ulkopuolella eikä taulukossa; asukkaita on kaikkiaan {}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="271" />
            <source>{} areas without residents are left out of the table; the output layer has every area.</source>
            <translation>{} aluetta, joilla ei ole asukkaita, on jätetty taulukosta pois; tulostasolla ovat kaikki alueet.</translation>
        </message>
    </context>
    <context>
        <name>CreateDbWorkspaceAlgorithm</name>
        <message>
            <location filename="../processing/alg_createdbworkspace.py" line="28" />
            <source>Create database workspace (PostGIS)</source>
            <translation>Luo tietokantatyötila (PostGIS)</translation>
        </message>
        <message>
            <location filename="../processing/alg_createdbworkspace.py" line="31" />
            <source>Creates a shared Palveluverkko workspace in a PostgreSQL database with PostGIS: the tables premises (points in EPSG:3067), agency_presence, agencies and palveluverkko_meta with the same columns, checks and messages as a GeoPackage workspace, and for sharing: editor_scope (which database role may edit which agency's rows in which municipality), audit_log (every insert, update and delete with the role, the time and the old and new values; no role may change or delete its rows), row_version (a save based on an older version of a row is refused) and the group roles &lt;schema&gt;_reader and &lt;schema&gt;_editor.

CONNECTION: a saved PostgreSQL connection (from qgis_process also a connection string such as 'service=planning' or 'host=... port=5432 dbname=... user=...'). The connecting role owns the schema and needs the CREATE right on the database and the CREATEROLE right; PostGIS must be installed in the database.
SCHEMA: the schema to create (default palveluverkko; lower-case letters, digits and _).
OVERWRITE: drop an existing schema of that name with all its data first (default: no, an existing schema is refused and left untouched).

Everything is created in one transaction: a failure leaves nothing behind. Give planners their editing rights with 'Grant editor scope'.
Results: SCHEMA and SCHEMA_VERSION.</source>
            <translation>Luo jaetun Palveluverkko-työtilan PostgreSQL-tietokantaan, jossa on PostGIS: taulut premises (toimitilat pisteinä, EPSG:3067), agency_presence, agencies ja palveluverkko_meta samoin sarakkein, tarkistuksin ja ilmoituksin kuin GeoPackage-työtilassa, sekä yhteiskäyttöä varten: editor_scope (mikä tietokantarooli saa muokata minkä viraston rivejä missäkin kunnassa), audit_log (jokainen lisäys, muutos ja poisto roolin, ajan sekä vanhojen ja uusien arvojen kera; mikään rooli ei voi muuttaa tai poistaa sen rivejä), row_version (rivin vanhempaan versioon perustuva tallennus hylätään) ja ryhmäroolit &lt;schema&gt;_reader ja &lt;schema&gt;_editor.

CONNECTION: tallennettu PostgreSQL-yhteys (qgis_processista myös yhteysmerkkijono, kuten 'service=planning' tai 'host=... port=5432 dbname=... user=...'). Yhdistävä rooli omistaa skeeman, ja se tarvitsee tietokannan CREATE-oikeuden ja CREATEROLE-oikeuden; PostGIS on oltava asennettuna tietokantaan.
SCHEMA: luotava skeema (oletus palveluverkko; pieniä kirjaimia, numeroita ja _).
OVERWRITE: poista ensin samanniminen skeema kaikkine tietoineen (oletus: ei; olemassa oleva skeema hylätään eikä siihen kosketa).

Kaikki luodaan yhdessä transaktiossa: epäonnistuminen ei jätä mitään jälkeensä. Anna suunnittelijoille muokkausoikeudet algoritmilla 'Myönnä muokkausalue'.
Tulokset: SCHEMA ja SCHEMA_VERSION.</translation>
        </message>
        <message>
            <location filename="../processing/alg_createdbworkspace.py" line="53" />
            <source>Overwrite an existing schema</source>
            <translation>Korvaa olemassa oleva skeema</translation>
        </message>
        <message>
            <location filename="../processing/alg_createdbworkspace.py" line="55" />
            <source>Workspace schema</source>
            <translation>Työtilan skeema</translation>
        </message>
        <message>
            <location filename="../processing/alg_createdbworkspace.py" line="56" />
            <source>Schema version</source>
            <translation>Skeeman versio</translation>
        </message>
        <message>
            <location filename="../processing/alg_createdbworkspace.py" line="67" />
            <source>Created the workspace schema {} (schema version {}).</source>
            <translation>Työtilan skeema {} luotiin (skeeman versio {}).</translation>
        </message>
    </context>
    <context>
        <name>CreateWorkspaceAlgorithm</name>
        <message>
            <location filename="../processing/alg_createworkspace.py" line="26" />
            <source>Create workspace</source>
            <translation>Luo työtila</translation>
        </message>
        <message>
            <location filename="../processing/alg_createworkspace.py" line="29" />
            <source>Creates a new Palveluverkko workspace: a GeoPackage with the tables premises (points in EPSG:3067), agency_presence (which agency serves in which premises, and how), agencies (the agency registry, seeded with the twelve state agencies of the service network reform and their reorganisation dates) and palveluverkko_meta (the schema version).

OUTPUT: the .gpkg file to create.
OVERWRITE: replace the file if it already exists (default: no, an existing file is never touched).

The file is written under a temporary name and moved into place only when complete.</source>
            <translation>Luo uuden Palveluverkko-työtilan: GeoPackage-tiedoston, jossa ovat taulut premises (toimitilat pisteinä, EPSG:3067), agency_presence (mikä virasto palvelee missäkin toimitilassa ja miten), agencies (virastorekisteri, johon on valmiiksi lisätty palvelu- ja toimitilaverkkouudistuksen kaksitoista valtion virastoa organisaatiomuutosten päivämäärineen) ja palveluverkko_meta (skeeman versio).

OUTPUT: luotava .gpkg-tiedosto.
OVERWRITE: korvaa tiedosto, jos se on jo olemassa (oletus: ei; olemassa olevaan tiedostoon ei kosketa).

Tiedosto kirjoitetaan ensin väliaikaisella nimellä ja siirretään paikalleen vasta valmiina.</translation>
        </message>
        <message>
            <location filename="../processing/alg_createworkspace.py" line="41" />
            <source>Workspace GeoPackage</source>
            <translation>Työtilan GeoPackage</translation>
        </message>
        <message>
            <location filename="../processing/alg_createworkspace.py" line="41" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../processing/alg_createworkspace.py" line="46" />
            <source>Overwrite an existing file</source>
            <translation>Korvaa olemassa oleva tiedosto</translation>
        </message>
        <message>
            <location filename="../processing/alg_createworkspace.py" line="49" />
            <source>Schema version</source>
            <translation>Skeeman versio</translation>
        </message>
        <message>
            <location filename="../processing/alg_createworkspace.py" line="55" />
            <source>Give the file name of the workspace to create.</source>
            <translation>Anna luotavan työtilan tiedostonimi.</translation>
        </message>
        <message>
            <location filename="../processing/alg_createworkspace.py" line="57" />
            <source>The workspace must be a GeoPackage file ending in .gpkg: {}</source>
            <translation>Työtilan on oltava GeoPackage-tiedosto, jonka pääte on .gpkg: {}</translation>
        </message>
        <message>
            <location filename="../processing/alg_createworkspace.py" line="64" />
            <source>Created the workspace {} (schema version {}).</source>
            <translation>Työtila {} luotiin (skeeman versio {}).</translation>
        </message>
    </context>
    <context>
        <name>DbConnection</name>
        <message>
            <location filename="../processing/dbconnection.py" line="20" />
            <source>PostgreSQL connection</source>
            <translation>PostgreSQL-yhteys</translation>
        </message>
        <message>
            <location filename="../processing/dbconnection.py" line="22" />
            <source>Workspace schema</source>
            <translation>Työtilan skeema</translation>
        </message>
    </context>
    <context>
        <name>DemoReport</name>
        <message>
            <location filename="../core/demo/texts.py" line="36" />
            <source>Palveluverkko demo: shared service network for a SYNTHETIC Päijät-Häme</source>
            <translation>Palveluverkko-esittely: yhteinen palveluverkko SYNTEETTISELLE Päijät-Hämeelle</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="37" />
            <source>SYNTHETIC DATA. Generated by Palveluverkko to show the tools; not real statistics, roads or premises.</source>
            <translation>SYNTEETTISTÄ AINEISTOA. Palveluverkko on tuottanut sen työkalujen esittelyä varten; tilastot, tiet ja toimitilat eivät ole todellisia.</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="39" />
            <source>Summary</source>
            <translation>Yhteenveto</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="40" />
            <source>Map of the demo region</source>
            <translation>Esittelyalueen kartta</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="41" />
            <source>SYNTHETIC Päijät-Häme: catchments of today's service points, by road</source>
            <translation>SYNTEETTINEN Päijät-Häme: nykyisten palvelupisteiden vaikutusalueet tieverkkoa pitkin</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="42" />
            <source>Coverage per municipality (today's service points, by road)</source>
            <translation>Kattavuus kunnittain (nykyiset palvelupisteet, tieverkkoa pitkin)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="43" />
            <source>Ranking of candidate premises, with contributions and rank stability</source>
            <translation>Ehdolla olevien toimitilojen järjestys, osatekijät ja järjestyksen vakaus</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="44" />
            <source>Location-allocation: the chosen shared service points</source>
            <translation>Sijainti-kohdentaminen: valitut yhteiset palvelupisteet</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="45" />
            <source>Chosen network versus today, per municipality</source>
            <translation>Valittu verkko verrattuna nykytilaan kunnittain</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="46" />
            <source>Run parameters</source>
            <translation>Ajon parametrit</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="47" />
            <source>Data and attribution</source>
            <translation>Aineisto ja lähteet</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="48" />
            <source>All data in this demo are SYNTHETIC: generated by Palveluverkko from the small recipe tables in resources/demo/ (municipality names and codes as in Statistics Finland's classification, rounded populations and invented premises). Field names follow Statistics Finland's population grid (vaestoruutu, CC BY 4.0) and Digiroad (ajosuunta, toiminn_lk; Väylävirasto, CC BY 4.0); no real data set was copied. Computed with QGIS and the Palveluverkko plugin.</source>
            <translation>Kaikki tämän esittelyn aineisto on SYNTEETTISTÄ: Palveluverkko on tuottanut sen hakemiston resources/demo/ pienistä lähtötaulukoista (kuntien nimet ja numerot Tilastokeskuksen luokituksen mukaan, pyöristetyt väkiluvut ja keksityt toimitilat). Kenttien nimet noudattavat Tilastokeskuksen väestöruutuaineistoa (vaestoruutu, CC BY 4.0) ja Digiroadia (ajosuunta, toiminn_lk; Väylävirasto, CC BY 4.0); mitään todellista aineistoa ei ole kopioitu. Laskettu QGISillä ja Palveluverkko-lisäosalla.</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="56" />
            <source>Population within {} min of a current service point: {} of {} ({} %)</source>
            <translation>Väestö enintään {} min päässä nykyisestä palvelupisteestä: {} / {} ({} %)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="57" />
            <source>Uncovered: {} residents cannot reach any point by road (the island)</source>
            <translation>Kattamatta: {} asukasta ei pääse tietä pitkin mihinkään pisteeseen (saari)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="58" />
            <source>Beyond {} min by road: {} residents</source>
            <translation>Yli {} min tieverkkoa pitkin: {} asukasta</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="59" />
            <source>Population of the demo region: {}</source>
            <translation>Esittelyalueen väestö: {}</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="60" />
            <source>Ranked first: {} {} (score {}; with perturbed weights rank {}–{} (5th–95th percentile), in the top {} in {} % of the runs)</source>
            <translation>Ensimmäisenä: {} {} (pisteet {}; painoja vaihdeltaessa sija {}–{} (5.–95. persentiili), kärjen {} joukossa {} %:ssa ajoista)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="62" />
            <source>Location-allocation chose: {} ({} residents within {} min)</source>
            <translation>Sijainti-kohdentaminen valitsi: {} ({} asukasta enintään {} min päässä)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="63" />
            <source>Chosen points versus today: {} residents lose and {} gain the {}-minute cutoff</source>
            <translation>Valitut pisteet nykytilaan verrattuna: {} asukasta menettää ja {} saa {} minuutin rajan</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="65" />
            <source>Rank</source>
            <translation>Sija</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="66" />
            <source>Premises</source>
            <translation>Toimitila</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="67" />
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="68" />
            <source>Score</source>
            <translation>Pisteet</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="69" />
            <source>Rank p05</source>
            <translation>Sija p05</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="70" />
            <source>Rank p95</source>
            <translation>Sija p95</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="71" />
            <source>{} premises pass the constraints and are ranked; {} fail them (no rank). Score = sum of the contributions c_&lt;criterion&gt; = weight × normalised value. Rank p05–p95: the 5th–95th percentile of the rank when the weights are perturbed; p_top: share of those runs in which the premises is in the top {}.</source>
            <translation>{} toimitilaa täyttää rajoitteet ja on järjestetty; {} ei täytä niitä (ei sijaa). Pisteet = osatekijöiden c_&lt;kriteeri&gt; = paino × normitettu arvo summa. Sija p05–p95: sijan 5.–95. persentiili painoja vaihdeltaessa; p_top: niiden ajojen osuus, joissa toimitila on kärjen {} joukossa.</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="77" />
            <source>Contributions to the score</source>
            <translation>Osatekijät pisteissä</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="78" />
            <source>Rank stability</source>
            <translation>Järjestyksen vakaus</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="86" />
            <source>Score (sum of contributions)</source>
            <translation>Pisteet (osatekijöiden summa)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="87" />
            <source>Rank (1 = best)</source>
            <translation>Sija (1 = paras)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="88" />
            <source>rank p05–p95</source>
            <translation>sija p05–p95</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="89" />
            <source>rank</source>
            <translation>sija</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="90" />
            <source>Required</source>
            <translation>Pakollinen</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="91" />
            <source>Order</source>
            <translation>Järjestys</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="92" />
            <source>Population served</source>
            <translation>Palveltu väestö</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="93" />
            <source>Population within the cutoff</source>
            <translation>Väestö rajan sisällä</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="94" />
            <source>Parameter</source>
            <translation>Parametri</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="95" />
            <source>Value</source>
            <translation>Arvo</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="96" />
            <source>Result</source>
            <translation>Tulos</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="97" />
            <source>Premises (size: agencies)</source>
            <translation>Toimitilat (koko: virastojen määrä)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="98" />
            <source>Population grid 1 km (SYNTHETIC)</source>
            <translation>Väestöruudukko 1 km (SYNTEETTINEN)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="99" />
            <source>Roads (SYNTHETIC)</source>
            <translation>Tiet (SYNTEETTINEN)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="100" />
            <source>Municipalities (SYNTHETIC)</source>
            <translation>Kunnat (SYNTEETTINEN)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="101" />
            <source>Lakes (SYNTHETIC)</source>
            <translation>Järvet (SYNTEETTINEN)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="102" />
            <source>Travel time band per grid cell</source>
            <translation>Matka-aikavyöhyke ruuduittain</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="103" />
            <source>Catchments of today's service points</source>
            <translation>Nykyisten palvelupisteiden vaikutusalueet</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="104" />
            <source>Coverage per municipality</source>
            <translation>Kattavuus kunnittain</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="105" />
            <source>Premises criteria</source>
            <translation>Toimitilojen kriteerit</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="106" />
            <source>Suitability ranking</source>
            <translation>Soveltuvuusjärjestys</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="107" />
            <source>Location-allocation</source>
            <translation>Sijainti-kohdentaminen</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="108" />
            <source>Demand allocated to the chosen points</source>
            <translation>Valituille pisteille kohdennettu kysyntä</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="109" />
            <source>Chosen points versus today (per cell)</source>
            <translation>Valitut pisteet nykytilaan verrattuna (ruuduittain)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="110" />
            <source>Chosen points versus today (per municipality)</source>
            <translation>Valitut pisteet nykytilaan verrattuna (kunnittain)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="111" />
            <source>Results</source>
            <translation>Tulokset</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="112" />
            <source>Demo data (SYNTHETIC)</source>
            <translation>Esittelyaineisto (SYNTEETTINEN)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="114" />
            <source>Area</source>
            <translation>Alue</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="114" />
            <source>Population</source>
            <translation>Väestö</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="115" />
            <source>Within {} {}</source>
            <translation>Enintään {} {}</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="115" />
            <source>Share within {} (%)</source>
            <translation>Osuus enintään {} (%)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="116" />
            <source>Unreachable</source>
            <translation>Ei saavutettavissa</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="116" />
            <source>Mean cost ({})</source>
            <translation>Keskimääräinen matka ({})</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="117" />
            <source>Aged 65+</source>
            <translation>65 vuotta täyttäneet</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="117" />
            <source>65+ within {} {}</source>
            <translation>65+ enintään {} {}</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="118" />
            <source>Masked cells</source>
            <translation>Suojatut ruudut</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="119" />
            <source>Population in masked cells</source>
            <translation>Väestö suojatuissa ruuduissa</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="120" />
            <source>Total</source>
            <translation>Yhteensä</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="120" />
            <source>Coverage by area</source>
            <translation>Kattavuus alueittain</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="121" />
            <source>Share of population (%)</source>
            <translation>Osuus väestöstä (%)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="121" />
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="126" />
            <source>A resident is within a cutoff when the travel cost to the nearest service point is at most the cutoff. Masked cells (fewer than 10 residents) have no age breakdown; their residents count in the population but not in the 65+ figures.</source>
            <translation>Asukas on raja-arvon sisällä, kun matka lähimpään palvelupisteeseen on enintään raja-arvo. Suojatuista ruuduista (alle 10 asukasta) ei ole ikäjakaumaa; niiden asukkaat lasketaan väestöön mutta eivät 65 vuotta täyttäneiden lukuihin.</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="122" />
            <source>The table counts {} residents; {} residents ({} demand features) lie outside every area and are not in it; {} residents in all.</source>
            <translation>Taulukossa on {} asukasta; {} asukasta ({} kysyntäkohdetta) on kaikkien alueiden ulkopuolella eikä taulukossa; asukkaita on kaikkiaan {}.</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="124" />
            <source>{} areas without residents are left out of the table; the output layer has every area.</source>
            <translation>{} aluetta, joilla ei ole asukkaita, on jätetty taulukosta pois; tulostasolla ovat kaikki alueet.</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="137" />
            <source>The least-cost network keeping everyone within {} min, beside today's</source>
            <translation>Edullisin verkko, jossa jokainen on {} minuutin sisällä, nykyisen rinnalla</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="138" />
            <source>Network</source>
            <translation>Verkko</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="139" />
            <source>Today's service points</source>
            <translation>Nykyiset palvelupisteet</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="147" />
            <source>Least-cost network</source>
            <translation>Edullisin verkko</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="141" />
            <source>Points</source>
            <translation>Pisteitä</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="142" />
            <source>Annual cost (EUR)</source>
            <translation>Vuosikustannus (EUR)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="143" />
            <source>Residents within {} min</source>
            <translation>Asukkaita {} minuutin sisällä</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="144" />
            <source>Longest trip (min)</source>
            <translation>Pisin matka (min)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="145" />
            <source>Least-cost network keeping everyone within {} min: {} points, {} EUR a year (today {} points, {} EUR); longest trip {} min (today {} min)</source>
            <translation>Edullisin verkko, jossa jokainen on {} minuutin sisällä: {} pistettä, {} EUR vuodessa (nyt {} pistettä, {} EUR); pisin matka {} min (nyt {} min)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="148" />
            <source>Today's network with its costs</source>
            <translation>Nykyinen verkko kustannuksineen</translation>
        </message>
    </context>
    <context>
        <name>DemoWorkspaceAlgorithm</name>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="33" />
            <source>Create demo workspace (synthetic Päijät-Häme)</source>
            <translation>Luo esittelytyötila (synteettinen Päijät-Häme)</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="36" />
            <source>Creates a workspace filled with SYNTHETIC demo data that resembles Päijät-Häme: ten municipalities with their Statistics Finland codes and rounded populations, a 1 km population grid with Statistics Finland's field names (grd_id, id_nro, xkoord, ykoord, kunta, vaesto, miehet, naiset, ika_0_14, ika_15_64, ika_65_; cells under 10 people have -1 in every field but vaesto), a road network (roads: speed_kmh, ajosuunta in Digiroad coding, toiminn_lk) with a few one-way streets and an island that no road reaches, simplified municipality polygons (municipalities), and premises with agency presence. The data are generated, not real: use them to learn the tools.

OUTPUT: the .gpkg file to create.
OVERWRITE: replace an existing file (default: no).
MUNICIPALITIES: optional comma-separated municipality codes to generate only part of the region (e.g. 398,098); default all ten.

The same parameters always give the same data.</source>
            <translation>Luo työtilan, joka on täytetty Päijät-Hämettä muistuttavalla SYNTEETTISELLÄ esittelyaineistolla: kymmenen kuntaa Tilastokeskuksen kuntanumeroineen ja pyöristettyine väkilukuineen, 1 km:n väestöruudukko Tilastokeskuksen kenttänimin (grd_id, id_nro, xkoord, ykoord, kunta, vaesto, miehet, naiset, ika_0_14, ika_15_64, ika_65_; alle 10 asukkaan ruuduissa kaikissa kentissä paitsi vaesto on -1), tieverkko (roads: speed_kmh, ajosuunta Digiroadin koodauksella, toiminn_lk), jossa on muutama yksisuuntainen katu ja saari, jolle ei johda tietä, yksinkertaistetut kuntarajat (municipalities) sekä toimitilat ja virastojen läsnäolo. Aineisto on tuotettu, ei todellinen: käytä sitä työkalujen opetteluun.

OUTPUT: luotava .gpkg-tiedosto.
OVERWRITE: korvaa olemassa oleva tiedosto (oletus: ei).
MUNICIPALITIES: valinnaiset pilkuin erotetut kuntanumerot, jos halutaan tuottaa vain osa alueesta (esim. 398,098); oletuksena kaikki kymmenen.

Samat parametrit tuottavat aina saman aineiston.</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="52" />
            <source>Demo workspace GeoPackage</source>
            <translation>Esittelytyötilan GeoPackage</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="52" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="57" />
            <source>Overwrite an existing file</source>
            <translation>Korvaa olemassa oleva tiedosto</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="60" />
            <source>Municipality codes (comma-separated, empty = all)</source>
            <translation>Kuntanumerot (pilkuin erotettuina, tyhjä = kaikki)</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="66" />
            <source>Population grid cells</source>
            <translation>Väestöruutuja</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="67" />
            <source>Road links</source>
            <translation>Tielinkkejä</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="68" />
            <source>Premises</source>
            <translation>Toimitiloja</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="69" />
            <source>Total population</source>
            <translation>Väestö yhteensä</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="77" />
            <source>The demo workspace must be a GeoPackage file ending in .gpkg: {}</source>
            <translation>Esittelytyötilan on oltava GeoPackage-tiedosto, jonka pääte on .gpkg: {}</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="84" />
            <source>Unknown demo municipality code(s): {}. The demo region has: {}.</source>
            <translation>Tuntematon esittelyalueen kuntanumero: {}. Esittelyalueen kunnat ovat: {}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="94" />
            <source>Created the SYNTHETIC demo workspace {}: {} grid cells, {} road links, {} premises.</source>
            <translation>SYNTEETTINEN esittelytyötila {} luotiin: {} väestöruutua, {} tielinkkiä, {} toimitilaa.</translation>
        </message>
    </context>
    <context>
        <name>Dependencies</name>
        <message>
            <location filename="../core/deps.py" line="224" />
            <source>This Debian or Ubuntu has shapely 1.8 only, and the shapely 2 wheel from PyPI clashes with the GEOS library QGIS uses (QGIS crashes): build it against the system GEOS, then restart QGIS: {}</source>
            <translation>Tämän Debianin tai Ubuntun shapely on vain 1.8, ja PyPI:n shapely 2 -paketti törmää QGIS:n käyttämään GEOS-kirjastoon (QGIS kaatuu): käännä se järjestelmän GEOSia vasten ja käynnistä QGIS uudelleen: {}</translation>
        </message>
        <message>
            <location filename="../core/deps.py" line="228" />
            <source>The distribution's version is too old: install a newer one with pip for the Python that QGIS uses, then restart QGIS: {}</source>
            <translation>Jakelun versio on liian vanha: asenna uudempi pipillä QGIS:n käyttämään Pythoniin ja käynnistä QGIS uudelleen: {}</translation>
        </message>
        <message>
            <location filename="../core/deps.py" line="231" />
            <source>Install them from the distribution's packages (QGIS does not pull them in), then restart QGIS: {}</source>
            <translation>Asenna ne jakelun paketeista (QGIS ei asenna niitä itse) ja käynnistä QGIS uudelleen: {}</translation>
        </message>
        <message>
            <location filename="../core/deps.py" line="234" />
            <source>Run the OSGeo4W installer again (Advanced Install) and add these packages, then restart QGIS: {}</source>
            <translation>Aja OSGeo4W-asennusohjelma uudelleen (Advanced Install), lisää nämä paketit ja käynnistä QGIS uudelleen: {}</translation>
        </message>
        <message>
            <location filename="../core/deps.py" line="237" />
            <source>The QGIS installer for Windows includes them: repair QGIS, or run in the OSGeo4W Shell installed with QGIS, then restart QGIS: {}</source>
            <translation>QGIS:n Windows-asennusohjelma sisältää ne: korjaa QGIS-asennus tai aja QGIS:n mukana asentuneessa OSGeo4W Shellissä ja käynnistä QGIS uudelleen: {}</translation>
        </message>
        <message>
            <location filename="../core/deps.py" line="240" />
            <source>The Flathub QGIS has neither: install them inside the flatpak, then restart QGIS: {}</source>
            <translation>Flathubin QGIS:ssä ei ole kumpaakaan: asenna ne flatpakin sisään ja käynnistä QGIS uudelleen: {}</translation>
        </message>
        <message>
            <location filename="../core/deps.py" line="243" />
            <source>Install them into the conda environment of QGIS, then restart QGIS: {}</source>
            <translation>Asenna ne QGIS:n conda-ympäristöön ja käynnistä QGIS uudelleen: {}</translation>
        </message>
        <message>
            <location filename="../core/deps.py" line="245" />
            <source>Install them into the Python that QGIS uses, then restart QGIS: {}</source>
            <translation>Asenna ne QGIS:n käyttämään Pythoniin ja käynnistä QGIS uudelleen: {}</translation>
        </message>
        <message>
            <location filename="../core/deps.py" line="253" />
            <source>{} (not installed)</source>
            <translation>{} (ei asennettu)</translation>
        </message>
        <message>
            <location filename="../core/deps.py" line="254" />
            <source>{} ({} is installed)</source>
            <translation>{} (asennettu versio {})</translation>
        </message>
        <message>
            <location filename="../core/deps.py" line="261" />
            <source>{} needs {}.</source>
            <translation>{} tarvitsee: {}.</translation>
        </message>
        <message>
            <location filename="../core/deps.py" line="261" />
            <source>They need {}.</source>
            <translation>Ne tarvitsevat: {}.</translation>
        </message>
        <message>
            <location filename="../processing/catalogue.py" line="142" />
            <source>{} with {}</source>
            <translation>{}: {}</translation>
        </message>
        <message>
            <location filename="../processing/catalogue.py" line="157" />
            <source>Some Palveluverkko tools cannot run: {}.</source>
            <translation>Osaa Palveluverkon työkaluista ei voi käyttää: {}.</translation>
        </message>
    </context>
    <context>
        <name>FetchStatFiAlgorithm</name>
        <message>
            <location filename="../processing/alg_fetchstatfi.py" line="38" />
            <source>Fetch Statistics Finland data</source>
            <translation>Hae Tilastokeskuksen aineisto</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchstatfi.py" line="59" />
            <source>Dataset</source>
            <translation>Aineisto</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchstatfi.py" line="61" />
            <source>Year</source>
            <translation>Vuosi</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchstatfi.py" line="64" />
            <source>Extent</source>
            <translation>Alue</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchstatfi.py" line="65" />
            <source>Statistics Finland data</source>
            <translation>Tilastokeskuksen aineisto</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchstatfi.py" line="67" />
            <source>Number of features</source>
            <translation>Kohteiden määrä</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchstatfi.py" line="84" />
            <source>Statistics Finland has no {dataset} for {year} ({typename}). Years available: {years}.</source>
            <translation>Tilastokeskuksella ei ole aineistoa {dataset} vuodelta {year} ({typename}). Saatavilla olevat vuodet: {years}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchstatfi.py" line="91" />
            <source>Fetching {typename} from {url} (licence CC BY 4.0).</source>
            <translation>Haetaan {typename} osoitteesta {url} (lisenssi CC BY 4.0).</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchstatfi.py" line="118" />
            <source>Could not write the licence and source into the metadata of {}.</source>
            <translation>Lisenssiä ja lähdettä ei voitu kirjoittaa tason {} metatietoihin.</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchstatfi.py" line="41" />
            <source>Fetches open data of Statistics Finland (Tilastokeskus) from its WFS services, in EPSG:3067.

DATASET: population grid 1 km (vaestoruutu:vaki{YEAR}_1km), population grid 5 km (vaestoruutu:vaki{YEAR}_5km), municipalities (tilastointialueet:kunta1000k_{YEAR}) or regions (tilastointialueet:maakunta1000k_{YEAR}).
YEAR: the statistical year; a year the service does not have gives the list of years it has.
EXTENT (optional): only the features whose geometry meets this rectangle.

The source's field names are kept: grid cells have grd_id, kunta (municipality code), vaesto (inhabitants), miehet, naiset, ika_0_14, ika_15_64 and ika_65_; only inhabited cells exist, and in cells with fewer than 10 inhabitants every field except vaesto is -1 (masked). Boundaries have kunta or maakunta, vuosi, nimi (Finnish), namn (Swedish) and name (English).

Licence CC BY 4.0: the source and licence are written into the layer metadata. Result FEATURE_COUNT: the number of features written. Result COMPLETE: true when every feature arrived (the service is paged until it has sent them all); false, with a warning in the log, when the server cut its answer and does not page.</source>
            <translation>Hakee Tilastokeskuksen avoimia aineistoja sen WFS-palveluista, koordinaattijärjestelmässä EPSG:3067.

DATASET: väestöruudukko 1 km (vaestoruutu:vaki{YEAR}_1km), väestöruudukko 5 km (vaestoruutu:vaki{YEAR}_5km), kunnat (tilastointialueet:kunta1000k_{YEAR}) tai maakunnat (tilastointialueet:maakunta1000k_{YEAR}).
YEAR: tilastovuosi; jos palvelussa ei ole vuotta, virheilmoitus luettelee vuodet, jotka siinä on.
EXTENT (valinnainen): vain kohteet, joiden geometria koskee tätä suorakulmiota.

Lähteen kenttien nimet säilyvät: ruuduilla on grd_id, kunta (kuntanumero), vaesto (asukkaat), miehet, naiset, ika_0_14, ika_15_64 ja ika_65_; mukana ovat vain asutut ruudut, ja alle 10 asukkaan ruuduissa kaikki kentät paitsi vaesto ovat -1 (suojattu). Aluejaoilla on kunta tai maakunta, vuosi, nimi (suomeksi), namn (ruotsiksi) ja name (englanniksi).

Lisenssi CC BY 4.0: lähde ja lisenssi kirjoitetaan tason metatietoihin. Tulos FEATURE_COUNT: kirjoitettujen kohteiden määrä. Tulos COMPLETE: tosi, kun jokainen kohde saatiin (palvelusta haetaan sivu kerrallaan, kunnes kaikki on lähetetty); epätosi, ja lokissa varoitus, kun palvelin katkaisi vastauksensa eikä tue sivutusta.</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchstatfi.py" line="68" />
            <source>All features arrived</source>
            <translation>Kaikki kohteet saatiin</translation>
        </message>
    </context>
    <context>
        <name>FetchWfsAlgorithm</name>
        <message>
            <location filename="../processing/alg_fetchwfs.py" line="91" />
            <source>Fetch from WFS</source>
            <translation>Hae WFS-palvelusta</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchwfs.py" line="118" />
            <source>Service URL</source>
            <translation>Palvelun URL-osoite</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchwfs.py" line="119" />
            <source>Feature type (typename)</source>
            <translation>Kohdetyyppi (typename)</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchwfs.py" line="120" />
            <source>Service version</source>
            <translation>Palvelun versio</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchwfs.py" line="124" />
            <source>Extent</source>
            <translation>Alue</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchwfs.py" line="125" />
            <source>Target CRS</source>
            <translation>Kohdekoordinaattijärjestelmä</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchwfs.py" line="127" />
            <source>Maximum number of features (0 = all)</source>
            <translation>Kohteiden enimmäismäärä (0 = kaikki)</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchwfs.py" line="130" />
            <source>Authentication configuration</source>
            <translation>Tunnistautumisasetus</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchwfs.py" line="132" />
            <source>Fetched features</source>
            <translation>Haetut kohteet</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchwfs.py" line="134" />
            <source>Number of features</source>
            <translation>Kohteiden määrä</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchwfs.py" line="141" />
            <source>Give the address (URL) of the service.</source>
            <translation>Anna palvelun osoite (URL).</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchwfs.py" line="143" />
            <source>Give the feature type (TYPENAME) to fetch.</source>
            <translation>Anna haettava kohdetyyppi (TYPENAME).</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchwfs.py" line="94" />
            <source>Fetches the features of one feature type from a web feature service (WFS 1.0.0, 1.1.0 or 2.0.0) or an OGC API Features service, through QGIS's network connections (its proxy settings and authentication manager apply): large layers come in pages, read by GDAL; QGIS's own WFS/OAPIF provider gives the fields and takes over where GDAL cannot read the answers.

URL: the address of the service (a pasted GetCapabilities address works too).
TYPENAME: the feature type (WFS) or collection id (OGC API Features), e.g. vaestoruutu:vaki2023_1km.
VERSION: auto (the newest the server offers), 1.0.0, 1.1.0, 2.0.0 or OAPIF.
EXTENT (optional): only the features whose geometry meets this rectangle.
TARGET_CRS (default EPSG:3067, ETRS-TM35FIN): the output is reprojected into it.
MAX_FEATURES: at most this many features (0 = all).
AUTHCFG (optional): the id of a QGIS authentication configuration for services that need a login or an API key.

Servers that cap their answers are paged until the layer is complete (the server's advertised maximum, its count of matching features and its next links decide; see the README, Fetch from WFS).

The field names of the source are kept. Errors report the server's own message. A cancelled or failed fetch leaves no output. Result FEATURE_COUNT: the number of features written. Result COMPLETE: true when every feature of the layer (or of the extent) arrived; false, with a warning in the log saying why, when MAX_FEATURES stopped the download or the server cut its answer and does not page.</source>
            <translation>Hakee yhden kohdetyypin kohteet WFS-palvelusta (WFS 1.0.0, 1.1.0 tai 2.0.0) tai OGC API Features -palvelusta QGISin verkkoyhteyksien kautta (QGISin välityspalvelinasetukset ja tunnistautumisen hallinta ovat käytössä): suuret tasot haetaan sivuittain ja luetaan GDALilla; QGISin oma WFS/OAPIF-tarjoaja antaa kentät ja hoitaa haun, jos GDAL ei pysty lukemaan vastauksia.

URL: palvelun osoite (myös liitetty GetCapabilities-osoite käy).
TYPENAME: kohdetyyppi (WFS) tai kokoelman tunnus (OGC API Features), esim. vaestoruutu:vaki2023_1km.
VERSION: auto (uusin palvelimen tarjoama), 1.0.0, 1.1.0, 2.0.0 tai OAPIF.
EXTENT (valinnainen): vain kohteet, joiden geometria koskee tätä suorakulmiota.
TARGET_CRS (oletus EPSG:3067, ETRS-TM35FIN): tulos projisoidaan tähän koordinaattijärjestelmään.
MAX_FEATURES: enintään näin monta kohdetta (0 = kaikki).
AUTHCFG (valinnainen): QGISin tunnistautumisasetuksen tunnus palveluille, jotka vaativat kirjautumisen tai API-avaimen.

Palvelimilta, jotka rajoittavat vastauksensa kokoa, haetaan sivu kerrallaan, kunnes taso on kokonaan haettu (palvelimen ilmoittama enimmäismäärä, sen laskema kohteiden määrä ja next-linkit ratkaisevat; ks. README, Fetch from WFS).

Lähteen kenttien nimet säilyvät. Virheilmoituksissa näkyy palvelimen oma viesti. Peruttu tai epäonnistunut haku ei jätä tulosta. Tulos FEATURE_COUNT: kirjoitettujen kohteiden määrä. Tulos COMPLETE: tosi, kun tason (tai alueen) jokainen kohde saatiin; epätosi, ja lokissa varoitus syineen, kun MAX_FEATURES keskeytti haun tai palvelin katkaisi vastauksensa eikä tue sivutusta.</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchwfs.py" line="135" />
            <source>All features arrived</source>
            <translation>Kaikki kohteet saatiin</translation>
        </message>
    </context>
    <context>
        <name>FetchWfsDialog</name>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="9" />
            <source>Fetch from WFS</source>
            <translation>Hae WFS-palvelusta</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="15" />
            <source>Server</source>
            <translation>Palvelin</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="20" />
            <source>Saved connection</source>
            <translation>Tallennettu yhteys</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="28" />
            <source>Save…</source>
            <translation>Tallenna…</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="33" />
            <source>Delete</source>
            <translation>Poista</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="38" />
            <source>URL</source>
            <translation>URL-osoite</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="50" />
            <source>Version</source>
            <translation>Versio</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="58" />
            <source>Authentication</source>
            <translation>Tunnistautuminen</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="66" />
            <source>List feature types</source>
            <translation>Hae kohdetyypit</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="76" />
            <source>Title</source>
            <translation>Otsikko</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="77" />
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="78" />
            <source>CRS</source>
            <translation>Koordinaattijärjestelmä</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="88" />
            <source>Options</source>
            <translation>Asetukset</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="92" />
            <source>Extent (optional)</source>
            <translation>Alue (valinnainen)</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="100" />
            <source>Maximum number of features</source>
            <translation>Kohteiden enimmäismäärä</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="105" />
            <source>All</source>
            <translation>Kaikki</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="111" />
            <source>Target CRS</source>
            <translation>Kohdekoordinaattijärjestelmä</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="119" />
            <source>Add to project</source>
            <translation>Lisää projektiin</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="125" />
            <source>Save into workspace</source>
            <translation>Tallenna työtilaan</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="130" />
            <source>Workspace</source>
            <translation>Työtila</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="138" />
            <source>Table name</source>
            <translation>Taulun nimi</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="161" />
            <source>Fetch</source>
            <translation>Hae</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="166" />
            <source>Cancel fetch</source>
            <translation>Peruuta haku</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.py" line="68" />
            <source>Whole layer</source>
            <translation>Koko taso</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.py" line="78" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.py" line="116" />
            <source>Write the address of the service first.</source>
            <translation>Kirjoita ensin palvelun osoite.</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.py" line="117" />
            <source>Save connection</source>
            <translation>Tallenna yhteys</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.py" line="117" />
            <source>Name of the connection</source>
            <translation>Yhteyden nimi</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.py" line="150" />
            <source>The service lists no feature types.</source>
            <translation>Palvelu ei luettele yhtään kohdetyyppiä.</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.py" line="166" />
            <source>The server does not tell the number of features in advance.</source>
            <translation>Palvelin ei kerro kohteiden määrää etukäteen.</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.py" line="168" />
            <source>{count} features in {typename}.</source>
            <translation>Tasossa {typename} on {count} kohdetta.</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.py" line="182" />
            <source>List the feature types of a service and choose one first.</source>
            <translation>Hae ensin palvelun kohdetyypit ja valitse yksi.</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.py" line="185" />
            <source>Choose where the features go: add to project, save into workspace, or both.</source>
            <translation>Valitse, minne kohteet viedään: projektiin, työtilaan tai molempiin.</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.py" line="203" />
            <source>The table name must be letters, digits and _ (not a workspace table name).</source>
            <translation>Taulun nimessä saa olla vain kirjaimia, numeroita ja _ (ei työtilan oman taulun nimi).</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.py" line="249" />
            <source>Cancelled: nothing was written.</source>
            <translation>Peruttu: mitään ei kirjoitettu.</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.py" line="251" />
            <source>The fetch failed; see the Processing log.</source>
            <translation>Haku epäonnistui; katso Processing-loki.</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.py" line="261" />
            <source>Fetched {count} features of {typename}.</source>
            <translation>Haettiin {count} kohdetta tasosta {typename}.</translation>
        </message>
    </context>
    <context>
        <name>GrantScopeAlgorithm</name>
        <message>
            <location filename="../processing/alg_grantscope.py" line="32" />
            <source>Grant editor scope (PostGIS)</source>
            <translation>Myönnä muokkausalue (PostGIS)</translation>
        </message>
        <message>
            <location filename="../processing/alg_grantscope.py" line="35" />
            <source>Gives a database role the right to edit part of a database workspace, or takes it away.

CONNECTION, SCHEMA: the database workspace (made with 'Create database workspace'). Only the owner of the schema may run this.
ROLE: an existing login role (a database administrator creates it).
AGENCIES: agency codes the role may edit presence rows of, separated by commas (empty: any agency).
MUNICIPALITIES: municipality codes (e.g. 398 for Lahti) of the premises whose rows the role may edit, separated by commas (empty: any municipality).
CAN_EDIT_PREMISES: the role may also add, change and delete premises in those municipalities.
REVOKE: remove these scope rows instead (with AGENCIES and MUNICIPALITIES empty: all of the role's rows); a role left without any is taken out of &lt;schema&gt;_editor.

Granting adds the role to &lt;schema&gt;_editor and writes one editor_scope row per agency and municipality. The database refuses every write outside the role's scope with a message that names the role and the missing scope.
Result: SCOPE_ROWS, the number of scope rows the role has afterwards.</source>
            <translation>Antaa tietokantaroolille oikeuden muokata osaa tietokantatyötilasta tai ottaa sen pois.

CONNECTION, SCHEMA: tietokantatyötila (luotu algoritmilla 'Luo tietokantatyötila'). Vain skeeman omistaja voi ajaa tämän.
ROLE: olemassa oleva kirjautumisrooli (tietokannan ylläpitäjä luo sen).
AGENCIES: virastokoodit, joiden läsnäolorivejä rooli saa muokata, pilkuin erotettuina (tyhjä: mikä tahansa virasto).
MUNICIPALITIES: niiden toimitilojen kuntakoodit (esim. 398 Lahdelle), joiden rivejä rooli saa muokata, pilkuin erotettuina (tyhjä: mikä tahansa kunta).
CAN_EDIT_PREMISES: rooli saa myös lisätä, muuttaa ja poistaa toimitiloja näissä kunnissa.
REVOKE: poista nämä alueen rivit (kun AGENCIES ja MUNICIPALITIES ovat tyhjiä: kaikki roolin rivit); rooli, jolle ei jää yhtään riviä, poistetaan ryhmästä &lt;schema&gt;_editor.

Myöntäminen lisää roolin ryhmään &lt;schema&gt;_editor ja kirjoittaa editor_scope-rivin kutakin virastoa ja kuntaa kohden. Tietokanta hylkää jokaisen roolin alueen ulkopuolisen kirjoituksen ilmoituksella, joka nimeää roolin ja puuttuvan alueen.
Tulos: SCOPE_ROWS, roolin alueen rivien määrä lopuksi.</translation>
        </message>
        <message>
            <location filename="../processing/alg_grantscope.py" line="56" />
            <source>Database role</source>
            <translation>Tietokantarooli</translation>
        </message>
        <message>
            <location filename="../processing/alg_grantscope.py" line="57" />
            <source>Agency codes (empty: any)</source>
            <translation>Virastokoodit (tyhjä: mikä tahansa)</translation>
        </message>
        <message>
            <location filename="../processing/alg_grantscope.py" line="59" />
            <source>Municipality codes (empty: any)</source>
            <translation>Kuntakoodit (tyhjä: mikä tahansa)</translation>
        </message>
        <message>
            <location filename="../processing/alg_grantscope.py" line="61" />
            <source>May edit premises</source>
            <translation>Saa muokata toimitiloja</translation>
        </message>
        <message>
            <location filename="../processing/alg_grantscope.py" line="63" />
            <source>Revoke instead of grant</source>
            <translation>Peru myöntämisen sijaan</translation>
        </message>
        <message>
            <location filename="../processing/alg_grantscope.py" line="65" />
            <source>Scope rows of the role</source>
            <translation>Roolin alueen rivit</translation>
        </message>
        <message>
            <location filename="../processing/alg_grantscope.py" line="71" />
            <source>Give the database role to grant the scope to.</source>
            <translation>Anna tietokantarooli, jolle alue myönnetään.</translation>
        </message>
        <message>
            <location filename="../processing/alg_grantscope.py" line="80" />
            <source>The role {} has {} editor scope row(s) in {}.</source>
            <translation>Roolilla {} on {} muokkausalueen riviä skeemassa {}.</translation>
        </message>
    </context>
    <context>
        <name>HtmlReport</name>
        <message>
            <location filename="../core/rules/numbers.py" line="15" />
            <source>.</source>
            <translation>,</translation>
        </message>
    </context>
    <context>
        <name>ImportPremisesAlgorithm</name>
        <message>
            <location filename="../processing/alg_importpremises.py" line="44" />
            <source>Import premises</source>
            <translation>Tuo toimitilat</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpremises.py" line="47" />
            <source>Adds premises from any layer (for example one just fetched from an organisation's WFS) into the premises table of a workspace, or updates them.

INPUT: points, or polygons (a point inside each polygon is used), in any CRS (reprojected to EPSG:3067).
WORKSPACE: the premises layer of a Palveluverkko workspace.
FIELD_MAP: the source field of each premises field, as premises_field=source_field separated by semicolons, e.g. premises_id=tunnus; name=nimi; floor_area_m2=pinta_ala. premises_id must be mapped. Left empty, source fields with the same names as premises fields are used. Unmapped fields are left empty in new premises and unchanged in updated ones.

A feature whose premises_id exists already updates that premises; others are added. Rejected, with the reason in OUTPUT_REJECTED: features with no id, with no geometry, with values that do not fit (a number, date, yes/no or three-digit municipality code), and every feature whose id occurs more than once in the input. Never creates duplicate premises; if writing fails, nothing is changed.

Results: INSERTED, UPDATED, REJECTED (counts) and OUTPUT_REJECTED (source_fid, premises_id, reason).</source>
            <translation>Lisää toimitiloja mistä tahansa tasosta (esimerkiksi organisaation WFS-palvelusta juuri haetusta) työtilan premises-tauluun tai päivittää niitä.

INPUT: pisteet tai alueet (kunkin alueen sisältä otetaan piste), missä tahansa koordinaattijärjestelmässä (muunnetaan EPSG:3067:ään).
WORKSPACE: Palveluverkko-työtilan premises-taso.
FIELD_MAP: kunkin toimitilakentän lähdekenttä muodossa toimitilakenttä=lähdekenttä puolipisteillä erotettuna, esim. premises_id=tunnus; name=nimi; floor_area_m2=pinta_ala. premises_id on pakollinen. Tyhjänä käytetään lähdekenttiä, joilla on sama nimi kuin toimitilakentillä. Kohdistamattomat kentät jäävät uusissa toimitiloissa tyhjiksi ja päivitetyissä ennalleen.

Kohde, jonka premises_id on jo olemassa, päivittää sen toimitilan; muut lisätään. Hylätään, syy taulukossa OUTPUT_REJECTED: kohteet ilman tunnusta, ilman geometriaa tai sopimattomin arvoin (luku, päivämäärä, kyllä/ei tai kolminumeroinen kuntanumero) sekä jokainen kohde, jonka tunnus esiintyy syötteessä useammin kuin kerran. Toimitiloja ei koskaan synny kahteen kertaan; jos kirjoitus epäonnistuu, mitään ei muuteta.

Tulokset: INSERTED, UPDATED, REJECTED (määrät) ja OUTPUT_REJECTED (source_fid, premises_id, reason).</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpremises.py" line="66" />
            <source>Premises to import</source>
            <translation>Tuotavat toimitilat</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpremises.py" line="70" />
            <source>Workspace premises layer</source>
            <translation>Työtilan toimitilataso</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpremises.py" line="72" />
            <source>Field map (premises_field=source_field; …)</source>
            <translation>Kenttien vastaavuus (toimitilakenttä=lähdekenttä; …)</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpremises.py" line="74" />
            <source>Rejected features</source>
            <translation>Hylätyt kohteet</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpremises.py" line="76" />
            <source>Premises added</source>
            <translation>Lisätyt toimitilat</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpremises.py" line="76" />
            <source>Premises updated</source>
            <translation>Päivitetyt toimitilat</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpremises.py" line="76" />
            <source>Features rejected</source>
            <translation>Hylätyt kohteet</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpremises.py" line="87" />
            <source>The premises layer has unsaved edits. Save or discard them first, then import.</source>
            <translation>Toimitilatasolla on tallentamattomia muutoksia. Tallenna tai hylkää ne ensin ja tuo sitten.</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpremises.py" line="96" />
            <source>Field map: {}</source>
            <translation>Kenttien vastaavuus: {}</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpremises.py" line="104" />
            <source>Cancelled: nothing was written.</source>
            <translation>Peruttu: mitään ei kirjoitettu.</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpremises.py" line="123" />
            <source>Added {}, updated {}, rejected {}.</source>
            <translation>Lisätty {}, päivitetty {}, hylätty {}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpremises.py" line="143" />
            <source>WORKSPACE must be the premises layer of a workspace GeoPackage.</source>
            <translation>WORKSPACE-tason pitää olla työtila-GeoPackagen premises-taso.</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpremises.py" line="151" />
            <source>WORKSPACE must be the premises layer of the workspace, not {}.</source>
            <translation>WORKSPACE-tason pitää olla työtilan premises-taso, ei {}.</translation>
        </message>
    </context>
    <context>
        <name>ImportPresenceAlgorithm</name>
        <message>
            <location filename="../processing/alg_importpresence.py" line="125" />
            <source>Import agency presence</source>
            <translation>Tuo virastojen läsnäolo</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="48" />
            <source>Inserts or updates agency presence rows, matched by (premises_id, agency).

INPUT: a table (CSV or any layer) with the fields premises_id, agency and mode, and optionally days_per_week, annual_visits and notes (field names in any case). Agency codes are matched case-insensitively and stored upper-case; modes are staff, appointment or remote. An empty days_per_week (0–5) or annual_visits (a whole number, 0 or more) means unknown.
TARGET: the agency_presence layer to write to.
PREMISES: the premises layer whose premises_id values are valid (default: the premises table of the same workspace as TARGET).
OUTPUT_REJECTED: the rejected rows with their input fields and a reason: unknown premises, unknown agency, bad mode, days out of range, bad annual_visits or duplicate (a row repeating an earlier premises_id and agency of the same input); several reasons are joined by '; '.

An agency whose registry validity has ended is accepted with a warning. Nothing partial: the valid rows are written in one transaction (or, when TARGET is being edited, as one undoable step in its edit buffer, left for you to save), or nothing is written.
Results: INSERTED, UPDATED and REJECTED row counts.</source>
            <translation>Lisää tai päivittää virastojen läsnäolorivejä, jotka täsmätään parilla (premises_id, agency).

INPUT: taulu (CSV tai mikä tahansa taso), jossa on kentät premises_id, agency ja mode sekä valinnaisesti days_per_week, annual_visits ja notes (kenttien nimet kirjainkoosta riippumatta). Virastotunnukset täsmätään kirjainkoosta riippumatta ja tallennetaan isoin kirjaimin; tapa (mode) on staff (oma henkilöstö), appointment (ajanvaraus) tai remote (etäpalvelu). Tyhjä days_per_week (0–5) tai annual_visits (kokonaisluku, vähintään 0) tarkoittaa, että arvoa ei tiedetä.
TARGET: agency_presence-taso, johon kirjoitetaan.
PREMISES: toimitilataso, jonka premises_id-arvot ovat kelvollisia (oletus: saman työtilan kuin TARGET premises-taulu).
OUTPUT_REJECTED: hylätyt rivit syötekenttineen ja syy (reason): unknown premises (tuntematon toimitila), unknown agency (tuntematon virasto), bad mode (virheellinen tapa), days out of range (päivät eivät ole välillä 0–5), bad annual_visits (virheellinen käyntimäärä) tai duplicate (rivi toistaa saman syötteen aiemman premises_id- ja agency-parin); useat syyt erotetaan merkein '; '.

Virasto, jonka voimassaolo rekisterissä on päättynyt, hyväksytään varoituksen kera. Ei osittaisia tuloksia: kelvolliset rivit kirjoitetaan yhdessä transaktiossa (tai, jos TARGET-tasoa muokataan parhaillaan, yhtenä kumottavana vaiheena sen muokkauspuskuriin, jonka sinä tallennat), tai mitään ei kirjoiteta.
Tulokset: INSERTED, UPDATED ja REJECTED eli lisättyjen, päivitettyjen ja hylättyjen rivien määrät.</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="69" />
            <source>Presence table to import</source>
            <translation>Tuotava läsnäolotaulu</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="71" />
            <source>Agency presence layer (target)</source>
            <translation>Virastojen läsnäolotaso (kohde)</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="73" />
            <source>Premises layer (default: the workspace's premises)</source>
            <translation>Toimitilataso (oletus: työtilan premises-taulu)</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="78" />
            <source>Rejected rows</source>
            <translation>Hylätyt rivit</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="78" />
            <source>Inserted rows</source>
            <translation>Lisätyt rivit</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="78" />
            <source>Updated rows</source>
            <translation>Päivitetyt rivit</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="87" />
            <source>Give the PREMISES layer: the target {} is not in a workspace GeoPackage, so its premises table cannot be found.</source>
            <translation>Anna PREMISES-taso: kohdetaso {} ei ole työtilan GeoPackage-tiedostossa, joten sen toimitilataulua ei löydy.</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="92" />
            <source>The premises layer has no premises_id field.</source>
            <translation>Toimitilatasolla ei ole premises_id-kenttää.</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="152" />
            <source>The input table has no field(s) {}. It needs premises_id, agency and mode, and may have days_per_week, annual_visits and notes.</source>
            <translation>Syötetaulusta puuttuu kenttä tai kentät {}. Siinä on oltava premises_id, agency ja mode, ja siinä voi olla days_per_week, annual_visits ja notes.</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="119" />
            <source>The agency {} ended on {} in the registry; its rows were imported anyway.</source>
            <translation>Viraston {} voimassaolo rekisterissä päättyi {}; sen rivit tuotiin silti.</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="129" />
            <source>Inserted {}, updated {}, rejected {} row(s).</source>
            <translation>Lisätty {}, päivitetty {}, hylätty {} riviä.</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="132" />
            <source>The layer {} is being edited: the rows are in its edit buffer (one undoable step). Save the layer's edits to keep them.</source>
            <translation>Tasoa {} muokataan parhaillaan: rivit ovat sen muokkauspuskurissa (yksi kumottava vaihe). Tallenna tason muutokset, jotta ne säilyvät.</translation>
        </message>
    </context>
    <context>
        <name>LocationAllocationAlgorithm</name>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="81" />
            <source>Location-allocation (choose service points)</source>
            <translation>Sijainti-kohdentaminen (palvelupisteiden valinta)</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="135" />
            <source>Candidate service points</source>
            <translation>Ehdokkaat palvelupisteiksi</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="137" />
            <source>Candidate id field (default: feature id)</source>
            <translation>Ehdokkaan tunnuskenttä (oletus: kohteen tunniste)</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="140" />
            <source>Required candidates (expression, e.g. "is_fixed")</source>
            <translation>Pakolliset ehdokkaat (lauseke, esim. "is_fixed")</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="145" />
            <source>Problem</source>
            <translation>Tehtävä</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="145" />
            <source>Maximal coverage: P points covering the most population within the cutoff</source>
            <translation>Suurin kattavuus: P pistettä, joiden raja-arvon sisällä asuu eniten väestöä</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="145" />
            <source>P-median: P points with the least population-weighted travel cost</source>
            <translation>P-mediaani: P pistettä, joilla väestöllä painotettu matka on pienin</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="145" />
            <source>Fewest points reaching the coverage target</source>
            <translation>Vähiten pisteitä, joilla kattavuustavoite saavutetaan</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="152" />
            <source>Number of points P (required ones included)</source>
            <translation>Pisteiden määrä P (pakolliset mukaan lukien)</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="155" />
            <source>Cutoff (minutes by road, km by straight line)</source>
            <translation>Raja-arvo (minuutit tieverkkoa pitkin, km linnuntietä)</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="158" />
            <source>Coverage target (% of the reachable population, fewest points)</source>
            <translation>Kattavuustavoite (% saavutettavasta väestöstä, vähiten pisteitä)</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="161" />
            <source>Solver</source>
            <translation>Ratkaisija</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="161" />
            <source>Heuristic (greedy and swaps)</source>
            <translation>Heuristiikka (ahne valinta ja vaihdot)</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="161" />
            <source>Exact (integer program, small problems)</source>
            <translation>Tarkka (kokonaislukuohjelma, pienet tehtävät)</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="165" />
            <source>Candidates with the choice</source>
            <translation>Ehdokkaat ja valinta</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="167" />
            <source>Demand allocated to the chosen points</source>
            <translation>Valituille pisteille kohdistettu kysyntä</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="172" />
            <source>Objective value</source>
            <translation>Tavoitefunktion arvo</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="172" />
            <source>Population within the cutoff</source>
            <translation>Väestö raja-arvon sisällä</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="172" />
            <source>Population-weighted mean cost</source>
            <translation>Väestöllä painotettu keskimääräinen matka</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="172" />
            <source>Number of chosen points</source>
            <translation>Valittujen pisteiden määrä</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="172" />
            <source>Reachable population</source>
            <translation>Saavutettava väestö</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="172" />
            <source>Unreachable population</source>
            <translation>Saavuttamaton väestö</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="172" />
            <source>Population no chosen point reaches</source>
            <translation>Väestö, jota mikään valittu piste ei saavuta</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="180" />
            <source>Proven optimal</source>
            <translation>Todistetusti optimaalinen</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="194" />
            <source>COVERAGE_TARGET must be a percentage above 0 and at most 100 (it is {}).</source>
            <translation>COVERAGE_TARGET-arvon on oltava prosenttiluku, joka on suurempi kuin 0 ja enintään 100 (nyt {}).</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="197" />
            <source>CUTOFF must be a positive number.</source>
            <translation>CUTOFF-arvon on oltava positiivinen luku.</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="309" />
            <source>The CANDIDATES layer has no points.</source>
            <translation>Ehdokastasolla CANDIDATES ei ole pisteitä.</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="313" />
            <source>P ({}) is larger than the number of candidates ({}).</source>
            <translation>P ({}) on suurempi kuin ehdokkaiden määrä ({}).</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="320" />
            <source>P ({}) is smaller than the number of required candidates ({}); P counts the required ones too.</source>
            <translation>P ({}) on pienempi kuin pakollisten ehdokkaiden määrä ({}); P sisältää myös pakolliset.</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="326" />
            <source>Reachable population {}, unreachable {} (left out of the objective).</source>
            <translation>Saavutettava väestö {}, saavuttamaton {} (jätetty tavoitteen ulkopuolelle).</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="329" />
            <source>{} residents can reach a candidate but none of the chosen points (another part of the network).</source>
            <translation>{} asukasta saavuttaa jonkin ehdokkaan mutta ei yhtään valittua pistettä (verkon eri osa).</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="333" />
            <source>Exact solver: optimality {}.</source>
            <translation>Tarkka ratkaisija: optimaalisuus {}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="333" />
            <source>proven</source>
            <translation>todistettu</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="333" />
            <source>not proven</source>
            <translation>ei todistettu</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="336" />
            <source>Heuristic: {} swaps after the greedy start.</source>
            <translation>Heuristiikka: {} vaihtoa ahneen aloituksen jälkeen.</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="337" />
            <source>Chosen {} points; population within the cutoff {}; mean cost {} {}.</source>
            <translation>Valittiin {} pistettä; väestö raja-arvon sisällä {}; keskimääräinen matka {} {}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="291" />
            <source>Times (s): reading and network {:.1f}, reachability {:.1f}, costs and solving {:.1f}, allocation and writing {:.1f}.</source>
            <translation>Ajat (s): luku ja verkko {:.1f}, saavutettavuus {:.1f}, matkat ja ratkaisu {:.1f}, kohdentaminen ja kirjoitus {:.1f}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="145" />
            <source>Least-cost coverage: the cheapest points reaching the coverage target</source>
            <translation>Edullisin kattavuus: halvimmat pisteet, joilla kattavuustavoite saavutetaan</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="145" />
            <source>P-center: P points with the shortest longest trip</source>
            <translation>P-keskus: P pistettä, joilla pisin matka on lyhin</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="268" />
            <source>MIN_POPULATION_WITHIN {:g} leaves {} candidates that can be chosen, fewer than P ({}).</source>
            <translation>MIN_POPULATION_WITHIN {:g} jättää valittaviksi {} ehdokasta, vähemmän kuin P ({}).</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="274" />
            <source>The required candidates cost {:g} together, more than the BUDGET {:g} by {:g}.</source>
            <translation>Pakolliset ehdokkaat maksavat yhteensä {:g}, enemmän kuin BUDGET {:g}, erotus {:g}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="316" />
            <source>P must be at least 1; P = 0 (as many points as the budget allows) needs a BUDGET with PROBLEM 0 or 1.</source>
            <translation>P:n on oltava vähintään 1; P = 0 (niin monta pistettä kuin budjetti sallii) vaatii BUDGET-arvon ja PROBLEM 0 tai 1.</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="84" />
            <source>Chooses which candidates become service points.

CANDIDATES: candidate points (today's premises and new sites); CANDIDATE_ID: their unique id (default the feature id). REQUIRED: optional expression on the candidates (e.g. "is_fixed"); those are always chosen and count towards P.
DEMAND: points or polygons (a polygon counts at its centroid, or a point on its surface); POPULATION: residents (NULL and negative count as 0).
METHOD, NETWORK, SPEED_FIELD, DEFAULT_SPEED, DIRECTION_FIELD, MAX_SNAP_DISTANCE: travel cost as in Catchments (km by straight line, minutes by road).
PROBLEM: 0 maximal coverage (P points maximising the population within CUTOFF), 1 p-median (P points minimising the population-weighted cost to the nearest chosen point), 2 fewest points (the fewest points, required ones included, putting at least COVERAGE_TARGET percent of the reachable population within CUTOFF; P is ignored).
P: number of points (required ones included). CUTOFF: default 60. COVERAGE_TARGET: percent, default 100.
SOLVER: 0 heuristic (greedy start improved by swaps until no swap helps; ties go to the candidate that comes first, so runs repeat), 1 exact (integer program solved by SciPy's MILP solver with a relative gap of at most 1e-9; refused above its size limit, which the message names).

Demand that no candidate can reach is left out of every objective and reported. OUTPUT: the candidates with chosen, required (0/1), order (the step at which the point is added when the chosen points are added one at a time, best first), population served and pop_within (population within CUTOFF among those allocated to it). OUTPUT_DEMAND: the demand with facility and cost to the nearest chosen point (NULL when none reaches it).
Result values: OBJECTIVE (covered population, total population-weighted cost, or number of points), COVERED_POPULATION (cost to the nearest chosen point &lt;= CUTOFF), MEAN_COST (population-weighted over the reachable demand that a chosen point reaches), FACILITIES, OPTIMAL (true only when the exact solver proved optimality), REACHABLE_POPULATION, UNREACHABLE_POPULATION and UNSERVED_POPULATION (reachable by some candidate but by no chosen point).

PROBLEM 3 least-cost coverage: the points with the least total COST_FIELD (required ones included) putting at least COVERAGE_TARGET percent of the reachable population within CUTOFF; among sets of equal cost the one covering most; P is ignored. PROBLEM 4 p-center: P points minimising the longest cost from a resident (population &gt; 0) to the nearest chosen point; among those, the least population-weighted mean cost.
COST_FIELD: numeric field of the candidates, e.g. annual_cost_eur (needed by PROBLEM 3 and BUDGET; NULL or negative on a candidate that can be chosen is an error). BUDGET (default 0 = none): with PROBLEM 0 or 1 the total COST_FIELD of the chosen points must not exceed it; P = 0 then means as many points as the budget allows, P &gt; 0 is an upper limit. CAPACITY_FIELD (annual visits a point can take) and VISIT_RATE (annual visits per resident, default 1.0): with PROBLEM 0 or 1 a chosen point serves at most CAPACITY_FIELD / VISIT_RATE residents and a demand feature may be split between points (capacitated maximal coverage; capacitated p-median, where every reachable resident must be served). MIN_POPULATION_WITHIN (default 0; the national rule is 10000): a candidate with fewer residents within CUTOFF (all demand counted) cannot be chosen; a required one is kept with a warning.
OUTPUT also has pop_within_reach (residents within CUTOFF of the candidate) and eligible (0/1); with capacities capacity_pop, load (residents served) and utilisation (percent). OUTPUT_ASSIGNMENT (optional): one row per demand feature and serving point with demand_fid, facility, population (the part served) and cost; with capacities OUTPUT_DEMAND's facility is the point serving the largest part. Result values TOTAL_COST (sum of COST_FIELD over the chosen points; NULL without COST_FIELD) and MAX_COST (longest cost of a served resident); OBJECTIVE is TOTAL_COST for PROBLEM 3 and MAX_COST for PROBLEM 4.</source>
            <translation>Valitsee, mistä ehdokkaista tulee palvelupisteitä.

CANDIDATES: ehdokaspisteet (nykyiset toimitilat ja uudet paikat); CANDIDATE_ID: niiden yksilöllinen tunnus (oletus kohteen tunniste). REQUIRED: valinnainen lauseke ehdokkaille (esim. "is_fixed"); nämä valitaan aina ja ne lasketaan mukaan P:hen.
DEMAND: pisteet tai alueet (alue lasketaan keskipisteeseensä tai alueen sisällä olevaan pisteeseen); POPULATION: asukkaat (NULL ja negatiiviset lasketaan nollaksi).
METHOD, NETWORK, SPEED_FIELD, DEFAULT_SPEED, DIRECTION_FIELD, MAX_SNAP_DISTANCE: matka kuten Palvelualueissa (km linnuntietä, minuutit tieverkkoa pitkin).
PROBLEM: 0 suurin kattavuus (P pistettä, joiden raja-arvon CUTOFF sisällä asuu eniten väestöä), 1 p-mediaani (P pistettä, joilla väestöllä painotettu matka lähimpään valittuun pisteeseen on pienin), 2 vähiten pisteitä (pienin määrä pisteitä pakolliset mukaan lukien, jolla vähintään COVERAGE_TARGET prosenttia saavutettavasta väestöstä on raja-arvon CUTOFF sisällä; P:tä ei käytetä).
P: pisteiden määrä (pakolliset mukaan lukien). CUTOFF: oletus 60. COVERAGE_TARGET: prosentteina, oletus 100.
SOLVER: 0 heuristiikka (ahne aloitus, jota parannetaan vaihdoilla, kunnes mikään vaihto ei auta; tasatilanteissa valitaan tasolla ensin tuleva ehdokas, joten ajot toistuvat samoina), 1 tarkka (kokonaislukuohjelma, jonka ratkaisee SciPyn MILP-ratkaisija enintään 1e-9:n suhteellisella optimiaukolla; liian suuri tehtävä hylätään, ja viesti kertoo kokorajan).

Kysyntä, jota mikään ehdokas ei saavuta, jätetään kaikkien tavoitteiden ulkopuolelle ja raportoidaan. OUTPUT: ehdokkaat kenttineen chosen, required (0/1), order (vaihe, jolla piste lisätään, kun valitut pisteet lisätään yksi kerrallaan paras ensin), population (palveltu väestö) ja pop_within (sille kohdistetusta väestöstä raja-arvon CUTOFF sisällä oleva osa). OUTPUT_DEMAND: kysyntä kenttineen facility ja cost lähimpään valittuun pisteeseen (NULL, jos mikään ei saavuta sitä).
Tulosarvot: OBJECTIVE (katettu väestö, väestöllä painotettu kokonaismatka tai pisteiden määrä), COVERED_POPULATION (matka lähimpään valittuun pisteeseen &lt;= CUTOFF), MEAN_COST (väestöllä painotettu sen saavutettavan kysynnän yli, jonka jokin valittu piste saavuttaa), FACILITIES, OPTIMAL (tosi vain, kun tarkka ratkaisija on todistanut optimaalisuuden), REACHABLE_POPULATION, UNREACHABLE_POPULATION ja UNSERVED_POPULATION (jokin ehdokas saavuttaa, mutta mikään valittu piste ei).

PROBLEM 3 edullisin kattavuus: pisteet, joiden COST_FIELD-kustannusten summa (pakolliset mukaan lukien) on pienin ja joilla vähintään COVERAGE_TARGET prosenttia saavutettavasta väestöstä on raja-arvon CUTOFF sisällä; yhtä kalliista joukoista se, joka kattaa eniten; P:tä ei käytetä. PROBLEM 4 p-keskus: P pistettä, joilla pisin matka asukkaalta (väestö &gt; 0) lähimpään valittuun pisteeseen on lyhin; niistä se, jonka väestöllä painotettu keskimatka on pienin.
COST_FIELD: ehdokkaiden numeerinen kenttä, esim. annual_cost_eur (tarvitaan tehtävässä PROBLEM 3 ja BUDGET-arvon kanssa; NULL tai negatiivinen arvo valittavissa olevalla ehdokkaalla on virhe). BUDGET (oletus 0 = ei rajaa): tehtävissä PROBLEM 0 ja 1 valittujen pisteiden COST_FIELD-summa ei saa ylittää sitä; P = 0 tarkoittaa silloin niin montaa pistettä kuin budjetti sallii, P &gt; 0 on yläraja. CAPACITY_FIELD (käyntejä, jotka piste voi ottaa vastaan vuodessa) ja VISIT_RATE (käyntejä asukasta kohden vuodessa, oletus 1,0): tehtävissä PROBLEM 0 ja 1 valittu piste palvelee enintään CAPACITY_FIELD / VISIT_RATE asukasta, ja kysyntäkohde voidaan jakaa pisteiden kesken (suurin kattavuus kapasiteetein; p-mediaani kapasiteetein, jossa jokaista saavutettavaa asukasta on palveltava). MIN_POPULATION_WITHIN (oletus 0; kansallinen sääntö on 10000): ehdokasta, jonka raja-arvon CUTOFF sisällä asuu vähemmän (kaikki kysyntä laskettuna), ei voi valita; pakollinen pidetään varoituksen kera.
OUTPUT sisältää myös kentät pop_within_reach (asukkaat ehdokkaan raja-arvon sisällä) ja eligible (0/1); kapasiteetein myös capacity_pop, load (palvellut asukkaat) ja utilisation (prosentteina). OUTPUT_ASSIGNMENT (valinnainen): rivi kutakin kysyntäkohdetta ja sitä palvelevaa pistettä kohden kenttineen demand_fid, facility, population (palveltu osa) ja cost; kapasiteetein OUTPUT_DEMAND-tason facility on suurimman osan palveleva piste. Tulosarvot TOTAL_COST (valittujen pisteiden COST_FIELD-summa; NULL ilman COST_FIELD-kenttää) ja MAX_COST (palvellun asukkaan pisin matka); OBJECTIVE on TOTAL_COST tehtävässä PROBLEM 3 ja MAX_COST tehtävässä PROBLEM 4.</translation>
        </message>
    </context>
    <context>
        <name>LocationInputs</name>
        <message>
            <location filename="../processing/locationinputs.py" line="70" />
            <source>The DEMAND layer {} has no population field {}.</source>
            <translation>Kysyntätasolla DEMAND {} ei ole väestökenttää {}.</translation>
        </message>
        <message>
            <location filename="../processing/locationinputs.py" line="74" />
            <source>The population field {} of the DEMAND layer is not numeric.</source>
            <translation>Kysyntätason DEMAND väestökenttä {} ei ole numeerinen.</translation>
        </message>
        <message>
            <location filename="../processing/locationinputs.py" line="80" />
            <source>The DEMAND layer {} is empty.</source>
            <translation>Kysyntätaso DEMAND {} on tyhjä.</translation>
        </message>
        <message>
            <location filename="../processing/locationinputs.py" line="84" />
            <source>{} demand features had a NULL or negative population; they count as 0.</source>
            <translation>{} kysyntäkohteen väestö oli NULL tai negatiivinen; ne lasketaan nollaksi.</translation>
        </message>
        <message>
            <location filename="../processing/locationinputs.py" line="88" />
            <source>Skipped {} demand features with an empty or invalid geometry.</source>
            <translation>Ohitettiin {} kysyntäkohdetta, joiden geometria oli tyhjä tai virheellinen.</translation>
        </message>
        <message>
            <location filename="../processing/locationinputs.py" line="107" />
            <source>The {} layer has no field {}.</source>
            <translation>Tasolla {} ei ole kenttää {}.</translation>
        </message>
        <message>
            <location filename="../processing/locationinputs.py" line="111" />
            <source>The {} layer {} has no points.</source>
            <translation>Tasolla {} ({}) ei ole pisteitä.</translation>
        </message>
        <message>
            <location filename="../processing/locationinputs.py" line="145" />
            <source>The expression {} is not valid: {}</source>
            <translation>Lauseke {} ei kelpaa: {}</translation>
        </message>
        <message>
            <location filename="../processing/locationinputs.py" line="119" />
            <source>The expression {} failed on the {} layer: {}</source>
            <translation>Lausekkeen {} laskeminen epäonnistui tasolla {}: {}</translation>
        </message>
        <message>
            <location filename="../processing/locationinputs.py" line="123" />
            <source>The {} layer has features with an empty id in field {}.</source>
            <translation>Tasolla {} on kohteita, joiden tunnus kentässä {} on tyhjä.</translation>
        </message>
        <message>
            <location filename="../processing/locationinputs.py" line="128" />
            <source>The {} layer has duplicate ids in field {}: {}. Ids must be unique.</source>
            <translation>Tasolla {} on samoja tunnuksia useammin kuin kerran kentässä {}: {}. Tunnusten on oltava yksilöllisiä.</translation>
        </message>
        <message>
            <location filename="../processing/locationinputs.py" line="132" />
            <source>Skipped {} features of the {} layer with an empty or invalid geometry.</source>
            <translation>Tasolta {1} ohitettiin {0} kohdetta, joiden geometria oli tyhjä tai virheellinen.</translation>
        </message>
    </context>
    <context>
        <name>PalveluverkkoAlgorithm</name>
        <message>
            <location filename="../processing/base.py" line="86" />
            <source>Workspace</source>
            <translation>Työtila</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="87" />
            <source>Catchments and accessibility</source>
            <translation>Vaikutusalueet ja saavutettavuus</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="88" />
            <source>Suitability and location</source>
            <translation>Soveltuvuus ja sijainti</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="89" />
            <source>Agency presence</source>
            <translation>Virastojen läsnäolo</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="90" />
            <source>Data sources</source>
            <translation>Tietolähteet</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="91" />
            <source>Reports</source>
            <translation>Raportit</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="92" />
            <source>Models</source>
            <translation>Mallit</translation>
        </message>
    </context>
    <context>
        <name>PalveluverkkoPlugin</name>
        <message>
            <location filename="../plugin.py" line="60" />
            <source>Create workspace…</source>
            <translation>Luo työtila…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="63" />
            <source>Open workspace…</source>
            <translation>Avaa työtila…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="83" />
            <source>&amp;Palveluverkko</source>
            <translation>&amp;Palveluverkko</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="223" />
            <source>Palveluverkko</source>
            <translation>Palveluverkko</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="185" />
            <source>Open workspace</source>
            <translation>Avaa työtila</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="185" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="68" />
            <source>Agency presence editor…</source>
            <translation>Virastojen läsnäolon muokkain…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="71" />
            <source>Agency presence matrix…</source>
            <translation>Virastojen läsnäolomatriisi…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="73" />
            <source>Fetch from WFS…</source>
            <translation>Hae WFS-palvelusta…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="75" />
            <source>Help: getting started</source>
            <translation>Ohje: näin pääset alkuun</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="114" />
            <source>Details</source>
            <translation>Lisätietoja</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="65" />
            <source>Open database workspace (PostGIS)…</source>
            <translation>Avaa tietokantatyötila (PostGIS)…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="207" />
            <source>There is no saved PostgreSQL connection. Add one in the Browser panel (PostgreSQL &gt; New Connection) first.</source>
            <translation>Tallennettua PostgreSQL-yhteyttä ei ole. Lisää sellainen ensin Selain-paneelissa (PostgreSQL &gt; Uusi yhteys).</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="216" />
            <source>Open database workspace</source>
            <translation>Avaa tietokantatyötila</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="211" />
            <source>PostgreSQL connection</source>
            <translation>PostgreSQL-yhteys</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="216" />
            <source>Workspace schema</source>
            <translation>Työtilan skeema</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="60" />
            <source>Create a new workspace GeoPackage for premises and agency presence</source>
            <translation>Luo uusi työtila-GeoPackage toimitiloille ja virastojen läsnäololle</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="63" />
            <source>Add the layers of a workspace GeoPackage to the project</source>
            <translation>Lisää työtila-GeoPackagen tasot projektiin</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="65" />
            <source>Add the layers of a shared PostGIS workspace to the project</source>
            <translation>Lisää jaetun PostGIS-työtilan tasot projektiin</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="68" />
            <source>Edit which agencies serve in a premises, and how (a dock beside the map)</source>
            <translation>Muokkaa, mitkä virastot palvelevat toimitilassa ja miten (paneeli kartan vieressä)</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="71" />
            <source>Every premises against every agency in one table</source>
            <translation>Kaikki toimitilat ja kaikki virastot yhdessä taulukossa</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="73" />
            <source>Download a layer from a WFS service into a file</source>
            <translation>Lataa taso WFS-palvelusta tiedostoon</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="75" />
            <source>Open the getting-started guide in the web browser</source>
            <translation>Avaa aloitusopas verkkoselaimessa</translation>
        </message>
    </context>
    <context>
        <name>PalveluverkkoProvider</name>
        <message>
            <location filename="../processing/provider.py" line="72" />
            <source>Palveluverkko</source>
            <translation>Palveluverkko</translation>
        </message>
        <message>
            <location filename="../processing/provider.py" line="75" />
            <source>Palveluverkko: shared customer service network planning</source>
            <translation>Palveluverkko: yhteisen asiakaspalveluverkon suunnittelu</translation>
        </message>
    </context>
    <context>
        <name>PremisesCriteriaAlgorithm</name>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="54" />
            <source>Derive criteria for premises</source>
            <translation>Johda kriteerit toimitiloille</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="83" />
            <source>Premises</source>
            <translation>Toimitilat</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="86" />
            <source>Premises identifier field</source>
            <translation>Toimitilan tunnistekenttä</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="89" />
            <source>Agency presence table</source>
            <translation>Virastojen läsnäolotaulu</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="91" />
            <source>Demand (population points or polygons)</source>
            <translation>Kysyntä (väestöpisteet tai -polygonit)</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="94" />
            <source>Population field</source>
            <translation>Väestökenttä</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="98" />
            <source>Cut-off (km for straight line, minutes for road network)</source>
            <translation>Raja (linnuntiellä km, tieverkolla minuutit)</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="101" />
            <source>Centre areas</source>
            <translation>Keskusta-alueet</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="103" />
            <source>Public transport stops</source>
            <translation>Joukkoliikenteen pysäkit</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="105" />
            <source>Premises with criteria</source>
            <translation>Toimitilat ja kriteerit</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="106" />
            <source>Premises too far from the road network</source>
            <translation>Tieverkosta liian kaukana olevat toimitilat</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="127" />
            <source>The presence table has no field {field}; it needs premises_id, agency, mode and annual_visits (the agency_presence table of the workspace).</source>
            <translation>Läsnäolotaulussa ei ole kenttää {field}; siinä on oltava premises_id, agency, mode ja annual_visits (työtilan agency_presence-taulu).</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="136" />
            <source>{count} presence rows refer to premises that are not in PREMISES; they are left out.</source>
            <translation>{count} läsnäoloriviä viittaa toimitiloihin, joita ei ole PREMISES-tasossa; ne jätetään pois.</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="147" />
            <source>The DEMAND layer has no field {field}.</source>
            <translation>DEMAND-tasossa ei ole kenttää {field}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="156" />
            <source>The population field {field} has a value that is not a number.</source>
            <translation>Väestökentässä {field} on arvo, joka ei ole luku.</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="159" />
            <source>Population: {nulls} NULL and {negative} negative (masked) values counted as 0.</source>
            <translation>Väestö: {nulls} NULL-arvoa ja {negative} negatiivista (peitettyä) arvoa laskettiin nollaksi.</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="164" />
            <source>No population field: every demand feature counts as 1.</source>
            <translation>Väestökenttää ei annettu: kukin kysyntäkohde lasketaan yhdeksi.</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="166" />
            <source>Skipped {count} demand features without a usable geometry.</source>
            <translation>Ohitettiin {count} kysyntäkohdetta, joilla ei ole käyttökelpoista geometriaa.</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="176" />
            <source>{count} premises are farther than MAX_SNAP_DISTANCE from the road network; their pop_within is NULL.</source>
            <translation>{count} toimitilaa on tieverkosta MAX_SNAP_DISTANCE-etäisyyttä kauempana; niiden pop_within on NULL.</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="179" />
            <source>Population within {cutoff:g} {unit}: total demand {total:.0f}.</source>
            <translation>Väestö {cutoff:g} {unit} sisällä: kysyntä yhteensä {total:.0f}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="227" />
            <source>The premises layer has no field {field}: choose its identifier field as PREMISES_ID.</source>
            <translation>Toimitilatasossa ei ole kenttää {field}: valitse sen tunnistekenttä PREMISES_ID-parametriksi.</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="194" />
            <source>{count} premises have no geometry; their distance criteria are NULL.</source>
            <translation>{count} toimitilalla ei ole geometriaa; niiden etäisyyskriteerit ovat NULL.</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="57" />
            <source>Adds numeric criteria to premises for the suitability ranking.

PREMISES: points or polygons with an identifier field PREMISES_ID (default premises_id); a polygon stands at its centroid, or at a point on its surface when the centroid falls outside.
PRESENCE (optional): the agency_presence table (premises_id, agency, mode, annual_visits).
DEMAND (optional): population points or polygons (e.g. the population grid) with the POPULATION field (e.g. vaesto; NULL and negative masked values count as 0; without a field each feature counts as 1).
METHOD, NETWORK, SPEED_FIELD, DEFAULT_SPEED, DIRECTION_FIELD, MAX_SNAP_DISTANCE: the travel cost, as in the catchments algorithm: 0 straight line (km), 1 road network (minutes).
CUTOFF (default 60): the largest cost, in km or minutes.
CENTRES (optional): centre area polygons (e.g. SYKE centre areas). STOPS (optional): public transport stops.

OUTPUT: the premises with added fields:
pop_within: population whose cost to this premises is within CUTOFF, each premises on its own (overlapping areas count for every premises; the 10,000-residents rule reads this); NULL when the premises is farther than MAX_SNAP_DISTANCE from the network;
agencies_staff (agencies with own staff), agencies_total (agencies in any mode) and visits_total (sum of annual_visits), when PRESENCE is given;
in_centre (1 inside or on the edge of a centre area, else 0) and dist_centre_m (metres to the nearest centre area, 0 inside), when CENTRES is given;
dist_stop_m (metres to the nearest stop), when STOPS is given.

Many premises on a large network are searched in chunks, so memory stays bounded.</source>
            <translation>Lisää toimitiloille numeerisia kriteerejä soveltuvuusjärjestystä varten.

PREMISES: pisteet tai polygonit, joilla on tunnistekenttä PREMISES_ID (oletus premises_id); polygonin paikka on sen keskipiste tai, jos keskipiste jää polygonin ulkopuolelle, jokin sen pinnalla oleva piste.
PRESENCE (valinnainen): agency_presence-taulu (premises_id, agency, mode, annual_visits).
DEMAND (valinnainen): väestöpisteet tai -polygonit (esim. väestöruudukko) ja niiden POPULATION-kenttä (esim. vaesto; NULL ja negatiiviset peitetyt arvot lasketaan nollaksi; ilman kenttää kukin kohde lasketaan yhdeksi).
METHOD, NETWORK, SPEED_FIELD, DEFAULT_SPEED, DIRECTION_FIELD, MAX_SNAP_DISTANCE: matkakustannus kuten vaikutusaluealgoritmissa: 0 linnuntie (km), 1 tieverkko (minuutit).
CUTOFF (oletus 60): suurin kustannus kilometreinä tai minuutteina.
CENTRES (valinnainen): keskusta-alueiden polygonit (esim. SYKEn keskusta-alueet). STOPS (valinnainen): joukkoliikenteen pysäkit.

OUTPUT: toimitilat ja lisätyt kentät:
pop_within: väestö, jonka kustannus tähän toimitilaan on enintään CUTOFF, kukin toimitila erikseen (päällekkäiset alueet lasketaan jokaiselle toimitilalle; 10 000 asukkaan sääntö luetaan tästä); NULL, jos toimitila on tieverkosta MAX_SNAP_DISTANCE-etäisyyttä kauempana;
agencies_staff (virastot, joilla on omaa henkilöstöä), agencies_total (virastot millä tahansa tavalla) ja visits_total (annual_visits-arvojen summa), kun PRESENCE on annettu;
in_centre (1 keskusta-alueen sisällä tai reunalla, muuten 0) ja dist_centre_m (metrit lähimpään keskusta-alueeseen, sisällä 0), kun CENTRES on annettu;
dist_stop_m (metrit lähimpään pysäkkiin), kun STOPS on annettu.

Suurella tieverkolla monet toimitilat haetaan osissa, joten muistinkäyttö pysyy rajattuna.</translation>
        </message>
    </context>
    <context>
        <name>PremisesImport</name>
        <message>
            <location filename="../core/presence/premises_import.py" line="65" />
            <source>Cannot read '{item}' in the field map: write premises_field=source_field, separated by semicolons, e.g. premises_id=id; name=nimi.</source>
            <translation>Kenttien vastaavuudesta ei voi lukea kohtaa '{item}': kirjoita toimitilakenttä=lähdekenttä puolipisteillä erotettuna, esim. premises_id=id; name=nimi.</translation>
        </message>
        <message>
            <location filename="../core/presence/premises_import.py" line="74" />
            <source>The field map names {unknown}, which are not premises fields. The premises fields are: {fields}.</source>
            <translation>Kenttien vastaavuudessa on {unknown}, jotka eivät ole toimitilakenttiä. Toimitilakentät ovat: {fields}.</translation>
        </message>
        <message>
            <location filename="../core/presence/premises_import.py" line="79" />
            <source>The input layer has no field(s) {missing}. Its fields are: {fields}.</source>
            <translation>Syötetasolla ei ole kenttää/kenttiä {missing}. Sen kentät ovat: {fields}.</translation>
        </message>
        <message>
            <location filename="../core/presence/premises_import.py" line="83" />
            <source>Map a source field to premises_id (e.g. premises_id=id): it identifies each premises and decides between adding and updating.</source>
            <translation>Kohdista jokin lähdekenttä kenttään premises_id (esim. premises_id=id): se yksilöi toimitilat ja ratkaisee, lisätäänkö vai päivitetäänkö.</translation>
        </message>
        <message>
            <location filename="../core/presence/premises_import.py" line="100" />
            <source>municipality_code '{value}' is not a three-digit municipality code</source>
            <translation>municipality_code '{value}' ei ole kolminumeroinen kuntanumero</translation>
        </message>
        <message>
            <location filename="../core/presence/premises_import.py" line="109" />
            <source>{field}: '{value}' is not a number</source>
            <translation>{field}: '{value}' ei ole luku</translation>
        </message>
        <message>
            <location filename="../core/presence/premises_import.py" line="121" />
            <source>{field}: '{value}' is not yes/no</source>
            <translation>{field}: '{value}' ei ole kyllä/ei</translation>
        </message>
        <message>
            <location filename="../core/presence/premises_import.py" line="143" />
            <source>{field}: '{value}' is not a date (use YYYY-MM-DD)</source>
            <translation>{field}: '{value}' ei ole päivämäärä (käytä muotoa VVVV-KK-PP)</translation>
        </message>
        <message>
            <location filename="../core/presence/premises_import.py" line="152" />
            <source>no id</source>
            <translation>ei tunnusta</translation>
        </message>
        <message>
            <location filename="../core/presence/premises_import.py" line="153" />
            <source>no geometry</source>
            <translation>ei geometriaa</translation>
        </message>
        <message>
            <location filename="../core/presence/premises_import.py" line="154" />
            <source>duplicate id within the input</source>
            <translation>sama tunnus useammin kuin kerran syötteessä</translation>
        </message>
        <message>
            <location filename="../core/presence/premises_import.py" line="212" />
            <source>Cannot open the workspace {path} for writing.</source>
            <translation>Työtilaa {path} ei voi avata kirjoitettavaksi.</translation>
        </message>
        <message>
            <location filename="../core/presence/premises_import.py" line="228" />
            <source>Cancelled: nothing was written.</source>
            <translation>Peruttu: mitään ei kirjoitettu.</translation>
        </message>
        <message>
            <location filename="../core/presence/premises_import.py" line="242" />
            <source>Writing into the workspace failed, so nothing was imported: {error}</source>
            <translation>Työtilaan kirjoittaminen epäonnistui, joten mitään ei tuotu: {error}</translation>
        </message>
    </context>
    <context>
        <name>PrepareNetwork</name>
        <message>
            <location filename="../processing/prepare_io.py" line="59" />
            <source>The OpenStreetMap file {} does not exist.</source>
            <translation>OpenStreetMap-tiedostoa {} ei ole.</translation>
        </message>
        <message>
            <location filename="../processing/prepare_io.py" line="71" />
            <source>The OpenStreetMap file {} cannot be read (GDAL's OSM driver found no lines layer in it): give an .osm.pbf or .osm file.</source>
            <translation>OpenStreetMap-tiedostoa {} ei voi lukea (GDALin OSM-ajuri ei löytänyt siitä lines-tasoa): anna .osm.pbf- tai .osm-tiedosto.</translation>
        </message>
        <message>
            <location filename="../processing/prepare_io.py" line="118" />
            <source>{} links have a NULL or unknown ajosuunta; they are driven both ways.</source>
            <translation>{} linkin ajosuunta on NULL tai tuntematon; niitä ajetaan molempiin suuntiin.</translation>
        </message>
        <message>
            <location filename="../processing/prepare_io.py" line="136" />
            <source>The SPEED_FIELD {} has a value that is not a number.</source>
            <translation>SPEED_FIELD-kentässä {} on arvo, joka ei ole luku.</translation>
        </message>
        <message>
            <location filename="../processing/prepare_io.py" line="141" />
            <source>{} links have an unknown value in {}; they are driven both ways.</source>
            <translation>{} linkillä on tuntematon arvo kentässä {}; niitä ajetaan molempiin suuntiin.</translation>
        </message>
        <message>
            <location filename="../processing/prepare_io.py" line="155" />
            <source>The EXCLUDE expression is invalid: {}</source>
            <translation>EXCLUDE-lauseke on virheellinen: {}</translation>
        </message>
        <message>
            <location filename="../processing/prepare_io.py" line="243" />
            <source>Could not write the prepared network: {}</source>
            <translation>Valmisteltua verkkoa ei voitu kirjoittaa: {}</translation>
        </message>
        <message>
            <location filename="../processing/prepare_limits.py" line="30" />
            <source>The SPEED_LIMITS layer has no field {} (SPEED_LIMIT_FIELD): its fields are {}.</source>
            <translation>SPEED_LIMITS-tasossa ei ole kenttää {} (SPEED_LIMIT_FIELD): sen kentät ovat {}.</translation>
        </message>
        <message>
            <location filename="../processing/prepare_limits.py" line="37" />
            <source>LINK_ID_FIELD {} must be a field of both INPUT and SPEED_LIMITS.</source>
            <translation>LINK_ID_FIELD {} on oltava sekä INPUT- että SPEED_LIMITS-tason kenttä.</translation>
        </message>
        <message>
            <location filename="../processing/prepare_limits.py" line="49" />
            <source>The SPEED_LIMITS field {} has a value that is not a number.</source>
            <translation>SPEED_LIMITS-tason kentässä {} on arvo, joka ei ole luku.</translation>
        </message>
        <message>
            <location filename="../processing/prepare_limits.py" line="59" />
            <source>The SPEED_LIMITS layer {} is not a line layer.</source>
            <translation>SPEED_LIMITS-taso {} ei ole viivataso.</translation>
        </message>
        <message>
            <location filename="../processing/prepare_limits.py" line="79" />
            <source>{} of {} speed limits match no link by {}; they are not used.</source>
            <translation>{}/{} nopeusrajoitusta ei vastaa mitään linkkiä kentän {} perusteella; niitä ei käytetä.</translation>
        </message>
        <message>
            <location filename="../processing/prepare_limits.py" line="89" />
            <source>Speed limits laid on {} links ({} pieces in all).</source>
            <translation>Nopeusrajoitukset asetettiin {} linkille ({} osaa yhteensä).</translation>
        </message>
    </context>
    <context>
        <name>PrepareNetworkAlgorithm</name>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="56" />
            <source>Prepare road network</source>
            <translation>Valmistele tieverkko</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="59" />
            <source>Turns OpenStreetMap or Digiroad road data into a routable network: the lines cars may use, with the driving speed, the one-way direction and the travel time of each link, ready for NETWORK + SPEED_FIELD=speed_kmh + DIRECTION_FIELD=direction of the network algorithms.

INPUT: road lines, or an OpenStreetMap file (.osm.pbf / .osm; its lines layer is read, tags outside the standard columns come from other_tags).
SCHEMA: 0 auto (detected by the fields), 1 OpenStreetMap (highway, other_tags), 2 Digiroad (ajosuunta, toiminnallinen_luokka or toiminn_lk, linkkityyppi or linkkityyp), 3 generic (SPEED_FIELD and DIRECTION_FIELD as given).
OpenStreetMap: motorway, trunk, primary, secondary, tertiary (and their _links), unclassified, residential, living_street, service and road are kept; links where the most specific of motorcar, motor_vehicle and access is no or private are dropped. Speed: maxspeed (a number in km/h, N mph, FI:urban 50, FI:rural 80, FI:motorway 120, FI:living_street 20), else the class default (motorway 100, trunk 80, primary 70, secondary 60, tertiary 50, unclassified 40, residential 30, living_street 20, service 20, road 40; a _link 60 % of its road). oneway yes/true/1 along, -1/reverse against, no/false/0 both ways; motorways and roundabouts are one-way unless oneway=no. route=ferry ways are ferries (their duration, else 20 km/h).
Digiroad: ajosuunta as is; pedestrian and cycle ways, walking areas, paths and service openings dropped (the code lists are in the README); ferries at 20 km/h; speed by functional class 1: 100, 2: 80, 3: 60, 4: 50, 5: 40, 6: 30, others 30.
SPEED_LIMITS (optional): speed-limit lines (Digiroad's speed limits; value field SPEED_LIMIT_FIELD, default arvo), matched by LINK_ID_FIELD and the measures alkum/loppum when present, else by overlap within 1 m. A link is split where the limit changes along it.
SPEED_TABLE (optional): a table with class and speed_kmh overriding the class speeds. SPEED_FACTOR (default 1.0) multiplies the legal speeds to give driving speeds; never ferries. EXCLUDE (optional expression): links to drop as well.

OUTPUT: the kept links (in the metric CRS of the work: the input's own projected CRS, else EPSG:3067 in Finland or a UTM zone) with the input's attributes plus speed_kmh, direction (2 both ways, 3 against, 4 along the digitising direction), minutes and source (maxspeed, limit, class, default or ferry).
OUTPUT_REPORT (optional HTML): km by speed source and class, the excluded classes, the one-way share and a map of the speeds.
Result values: LINKS, EXCLUDED, SKIPPED (no geometry), LINKS_MAXSPEED, LINKS_LIMIT, LINKS_CLASS, LINKS_DEFAULT, LINKS_FERRY and TOTAL_KM.</source>
            <translation>Muuntaa OpenStreetMap- tai Digiroad-tieaineiston reititettäväksi verkoksi: autoilla ajettavat viivat, joilla on kunkin linkin ajonopeus, yksisuuntaisuus ja matka-aika, valmiina verkkoalgoritmien parametreihin NETWORK + SPEED_FIELD=speed_kmh + DIRECTION_FIELD=direction.

INPUT: tieviivat tai OpenStreetMap-tiedosto (.osm.pbf / .osm; siitä luetaan lines-taso, vakiosarakkeiden ulkopuoliset tagit tulevat other_tags-kentästä).
SCHEMA: 0 automaattinen (tunnistetaan kentistä), 1 OpenStreetMap (highway, other_tags), 2 Digiroad (ajosuunta, toiminnallinen_luokka tai toiminn_lk, linkkityyppi tai linkkityyp), 3 yleinen (SPEED_FIELD ja DIRECTION_FIELD sellaisinaan).
OpenStreetMap: motorway, trunk, primary, secondary, tertiary (ja niiden _link-rampit), unclassified, residential, living_street, service ja road säilytetään; linkit, joilla tarkin annetuista tageista motorcar, motor_vehicle ja access on no tai private, jätetään pois. Nopeus: maxspeed (luku km/h, N mph, FI:urban 50, FI:rural 80, FI:motorway 120, FI:living_street 20), muuten luokan oletus (motorway 100, trunk 80, primary 70, secondary 60, tertiary 50, unclassified 40, residential 30, living_street 20, service 20, road 40; _link 60 % tiensä nopeudesta). oneway yes/true/1 digitointisuuntaan, -1/reverse vastaan, no/false/0 molempiin suuntiin; moottoritiet ja kiertoliittymät ovat yksisuuntaisia, ellei oneway=no. route=ferry-viivat ovat lauttoja (niiden duration, muuten 20 km/h).
Digiroad: ajosuunta sellaisenaan; kevyen liikenteen väylät, jalankulkualueet, ajopolut ja huoltoaukot jätetään pois (koodiluettelot ovat README-tiedostossa); lautat 20 km/h; nopeus toiminnallisen luokan mukaan 1: 100, 2: 80, 3: 60, 4: 50, 5: 40, 6: 30, muut 30.
SPEED_LIMITS (valinnainen): nopeusrajoitusviivat (Digiroadin nopeusrajoitukset; arvokenttä SPEED_LIMIT_FIELD, oletus arvo), yhdistetään LINK_ID_FIELD-kentällä ja alkum/loppum-mittauksilla kun ne ovat mukana, muuten 1 m:n päähän ulottuvan päällekkäisyyden perusteella. Linkki katkaistaan kohdista, joissa rajoitus vaihtuu.
SPEED_TABLE (valinnainen): taulukko, jonka sarakkeet class ja speed_kmh korvaavat luokkien nopeudet. SPEED_FACTOR (oletus 1,0) kertoo lailliset nopeudet ajonopeuksiksi; ei koskaan lautoille. EXCLUDE (valinnainen lauseke): lisäksi poistettavat linkit.

OUTPUT: säilytetyt linkit (laskennan metrisessä koordinaattijärjestelmässä: syötteen oma projisoitu, muuten Suomessa EPSG:3067 tai UTM-vyöhyke) syötteen ominaisuustietoineen sekä speed_kmh, direction (2 molempiin suuntiin, 3 digitointisuuntaa vastaan, 4 digitointisuuntaan), minutes ja source (maxspeed, limit, class, default tai ferry).
OUTPUT_REPORT (valinnainen HTML): kilometrit nopeuden lähteen ja luokan mukaan, poistetut luokat, yksisuuntaisten osuus ja nopeuksien kartta.
Tulosarvot: LINKS, EXCLUDED, SKIPPED (ei geometriaa), LINKS_MAXSPEED, LINKS_LIMIT, LINKS_CLASS, LINKS_DEFAULT, LINKS_FERRY ja TOTAL_KM.</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="96" />
            <source>Road lines or OpenStreetMap file</source>
            <translation>Tieviivat tai OpenStreetMap-tiedosto</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="98" />
            <source>Schema</source>
            <translation>Skeema</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="98" />
            <source>Auto (detect by fields)</source>
            <translation>Automaattinen (tunnista kentistä)</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="98" />
            <source>OpenStreetMap</source>
            <translation>OpenStreetMap</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="98" />
            <source>Digiroad</source>
            <translation>Digiroad</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="98" />
            <source>Generic (speed and direction fields)</source>
            <translation>Yleinen (nopeus- ja suuntakentät)</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="102" />
            <source>Speed field (km/h; generic schema)</source>
            <translation>Nopeuskenttä (km/h; yleinen skeema)</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="105" />
            <source>Direction field (generic schema)</source>
            <translation>Suuntakenttä (yleinen skeema)</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="108" />
            <source>Speed limits (lines)</source>
            <translation>Nopeusrajoitukset (viivat)</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="111" />
            <source>Speed limit value field</source>
            <translation>Nopeusrajoituksen arvokenttä</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="113" />
            <source>Link id field (in both layers)</source>
            <translation>Linkin tunnuskenttä (molemmissa tasoissa)</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="115" />
            <source>Speed table (class, speed_kmh)</source>
            <translation>Nopeustaulukko (class, speed_kmh)</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="118" />
            <source>Speed factor (driving speed / legal speed)</source>
            <translation>Nopeuskerroin (ajonopeus / sallittu nopeus)</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="121" />
            <source>Exclude links (expression)</source>
            <translation>Poistettavat linkit (lauseke)</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="123" />
            <source>Prepared road network</source>
            <translation>Valmisteltu tieverkko</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="125" />
            <source>Road network report</source>
            <translation>Tieverkkoraportti</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="125" />
            <source>HTML files (*.html)</source>
            <translation>HTML-tiedostot (*.html)</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="128" />
            <source>Links written</source>
            <translation>Kirjoitetut linkit</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="128" />
            <source>Links excluded</source>
            <translation>Poistetut linkit</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="128" />
            <source>Links without geometry</source>
            <translation>Linkit ilman geometriaa</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="128" />
            <source>Total length (km)</source>
            <translation>Kokonaispituus (km)</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="133" />
            <source>Links by speed source: {}</source>
            <translation>Linkit nopeuden lähteen mukaan: {}</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="153" />
            <source>The INPUT layer {} is not a line layer: give road lines or an OpenStreetMap file.</source>
            <translation>INPUT-taso {} ei ole viivataso: anna tieviivat tai OpenStreetMap-tiedosto.</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="180" />
            <source>{} links written ({:.1f} km), {} excluded, {} without geometry. Time: reading {:.1f} s, rules and speeds {:.1f} s, writing {:.1f} s.</source>
            <translation>{} linkkiä kirjoitettu ({:.1f} km), {} poistettu, {} ilman geometriaa. Aika: luku {:.1f} s, säännöt ja nopeudet {:.1f} s, kirjoitus {:.1f} s.</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="186" />
            <source>Skipped {} links without a usable geometry.</source>
            <translation>Ohitettiin {} linkkiä, joilla ei ole käyttökelpoista geometriaa.</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="222" />
            <source>SCHEMA auto: the INPUT layer {} has none of the expected fields (looked for {}). Choose SCHEMA 3 (generic) with SPEED_FIELD and DIRECTION_FIELD, or give OpenStreetMap or Digiroad data.</source>
            <translation>SCHEMA automaattinen: INPUT-tasossa {} ei ole yhtään odotetuista kentistä (etsittiin {}). Valitse SCHEMA 3 (yleinen) ja SPEED_FIELD ja DIRECTION_FIELD, tai anna OpenStreetMap- tai Digiroad-aineisto.</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="227" />
            <source>SCHEMA 2 (Digiroad): the INPUT layer {} lacks the Digiroad fields (looked for {}).</source>
            <translation>SCHEMA 2 (Digiroad): INPUT-tasosta {} puuttuvat Digiroadin kentät (etsittiin {}).</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="231" />
            <source>SCHEMA 1 (OpenStreetMap): the INPUT layer {} has neither highway nor other_tags.</source>
            <translation>SCHEMA 1 (OpenStreetMap): INPUT-tasossa {} ei ole highway- eikä other_tags-kenttää.</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="239" />
            <source>SPEED_FACTOR must be a positive number (e.g. 0.9).</source>
            <translation>SPEED_FACTOR on oltava positiivinen luku (esim. 0.9).</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="248" />
            <source>SPEED_TABLE: {}. Give one row per class with a speed in km/h above 0.</source>
            <translation>SPEED_TABLE: {}. Anna yksi rivi luokkaa kohden ja nopeus km/h suurempana kuin 0.</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="251" />
            <source>SPEED_TABLE needs the columns class and speed_kmh (it has: {}).</source>
            <translation>SPEED_TABLE tarvitsee sarakkeet class ja speed_kmh (siinä on: {}).</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="203" />
            <source>The INPUT layer already has {}; the output has its own fields of these names instead.</source>
            <translation>INPUT-tasossa on jo {}; tulosteessa on niiden sijaan omat samannimiset kenttänsä.</translation>
        </message>
    </context>
    <context>
        <name>Presence</name>
        <message>
            <location filename="../core/presence/edits.py" line="253" />
            <source>Choose a mode: staff, appointment or remote.</source>
            <translation>Valitse tapa: staff (oma henkilöstö), appointment (ajanvaraus) tai remote (etäpalvelu).</translation>
        </message>
        <message>
            <location filename="../core/presence/edits.py" line="257" />
            <source>Days per week must be between 0 and 5.</source>
            <translation>Päiviä viikossa on oltava 0–5.</translation>
        </message>
        <message>
            <location filename="../core/presence/edits.py" line="260" />
            <source>Annual visits must be a whole number, 0 or more.</source>
            <translation>Käyntejä vuodessa on oltava kokonaisluku, vähintään 0.</translation>
        </message>
        <message>
            <location filename="../core/presence/edits.py" line="299" />
            <source>The agency presence layer is missing or invalid. Open a workspace first.</source>
            <translation>Virastojen läsnäolotaso puuttuu tai on virheellinen. Avaa ensin työtila.</translation>
        </message>
        <message>
            <location filename="../core/presence/edits.py" line="302" />
            <source>The layer {} has no field(s) {}; it is not an agency presence layer.</source>
            <translation>Tasolla {} ei ole kenttää tai kenttiä {}; se ei ole virastojen läsnäolotaso.</translation>
        </message>
        <message>
            <location filename="../core/presence/edits.py" line="308" />
            <source>The layer {} is read-only (the file may be write-protected, or the layer is set read-only in the project). Presence can be viewed but not edited.</source>
            <translation>Taso {} on vain luku -tilassa (tiedosto voi olla kirjoitussuojattu, tai taso on asetettu projektissa vain luettavaksi). Läsnäoloa voi katsella mutta ei muokata.</translation>
        </message>
        <message>
            <location filename="../core/presence/edits.py" line="330" />
            <source>Presence rows {} of {} no longer exist (deleted elsewhere?); nothing was changed.</source>
            <translation>Läsnäolorivejä {} ei enää ole tasolla {} (poistettu muualla?); mitään ei muutettu.</translation>
        </message>
        <message>
            <location filename="../core/presence/edits.py" line="336" />
            <source>Could not start editing the layer {}.</source>
            <translation>Tason {} muokkausta ei voitu aloittaa.</translation>
        </message>
        <message>
            <location filename="../core/presence/edits.py" line="342" />
            <source>Could not delete presence rows from {}.</source>
            <translation>Läsnäolorivejä ei voitu poistaa tasolta {}.</translation>
        </message>
        <message>
            <location filename="../core/presence/edits.py" line="346" />
            <source>Could not change the presence row {} of {}.</source>
            <translation>Läsnäoloriviä {} ei voitu muuttaa tasolla {}.</translation>
        </message>
        <message>
            <location filename="../core/presence/edits.py" line="357" />
            <source>Could not add presence rows to {}.</source>
            <translation>Läsnäolorivejä ei voitu lisätä tasolle {}.</translation>
        </message>
        <message>
            <location filename="../core/presence/expression.py" line="196" />
            <source>palveluverkko_agencies: the project has no layer named agency_presence. Open a workspace first.</source>
            <translation>palveluverkko_agencies: projektissa ei ole agency_presence-nimistä tasoa. Avaa ensin työtila.</translation>
        </message>
        <message>
            <location filename="../core/presence/presence_import.py" line="195" />
            <source>Saving {} failed, nothing was imported: {}</source>
            <translation>Tason {} tallennus epäonnistui, mitään ei tuotu: {}</translation>
        </message>
        <message>
            <location filename="../core/presence/presence_import.py" line="214" />
            <source>Could not open {} for writing: {}</source>
            <translation>Tiedostoa {} ei voitu avata kirjoitettavaksi: {}</translation>
        </message>
        <message>
            <location filename="../core/presence/presence_import.py" line="218" />
            <source>Could not start writing to {} in {}: {}</source>
            <translation>Kirjoittamista tauluun {} tiedostossa {} ei voitu aloittaa: {}</translation>
        </message>
        <message>
            <location filename="../core/presence/presence_import.py" line="224" />
            <source>The presence row {} vanished from {}.</source>
            <translation>Läsnäolorivi {} katosi taulusta {}.</translation>
        </message>
        <message>
            <location filename="../core/presence/presence_import.py" line="229" />
            <source>Could not update the presence row {}: {}</source>
            <translation>Läsnäoloriviä {} ei voitu päivittää: {}</translation>
        </message>
        <message>
            <location filename="../core/presence/presence_import.py" line="236" />
            <source>Could not add a presence row ({}, {}): {}</source>
            <translation>Läsnäoloriviä ({}, {}) ei voitu lisätä: {}</translation>
        </message>
        <message>
            <location filename="../core/presence/presence_import.py" line="239" />
            <source>Could not save the import into {}: {}</source>
            <translation>Tuontia ei voitu tallentaa tiedostoon {}: {}</translation>
        </message>
    </context>
    <context>
        <name>PresenceEditorDock</name>
        <message>
            <location filename="../dialogs/presence_editor.py" line="156" />
            <source>Unsaved presence edits</source>
            <translation>Tallentamattomia läsnäolomuutoksia</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.py" line="147" />
            <source>The presence of {} has unsaved edits. Apply them before switching?</source>
            <translation>Toimitilan {} läsnäolossa on tallentamattomia muutoksia. Otetaanko ne käyttöön ennen vaihtamista?</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.py" line="187" />
            <source>not in the agency registry</source>
            <translation>ei virastorekisterissä</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.py" line="190" />
            <source>not valid today (ended {})</source>
            <translation>ei voimassa tänään (päättyi {})</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="89" />
            <source>No premises selected.</source>
            <translation>Toimitilaa ei ole valittu.</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.py" line="275" />
            <source>Choose the agency presence layer (open a workspace first).</source>
            <translation>Valitse virastojen läsnäolotaso (avaa ensin työtila).</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.py" line="298" />
            <source>Edit agency presence of {}</source>
            <translation>Muokkaa toimitilan {} virastojen läsnäoloa</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="15" />
            <source>Agency presence editor</source>
            <translation>Virastojen läsnäolon muokkain</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="24" />
            <source>Premises layer</source>
            <translation>Toimitilataso</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="34" />
            <source>Presence layer</source>
            <translation>Läsnäolotaso</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="48" />
            <source>Search premises by name, id or municipality</source>
            <translation>Hae toimitilaa nimellä, tunnuksella tai kunnalla</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="58" />
            <source>Pick a premises by clicking it on the map</source>
            <translation>Valitse toimitila napsauttamalla sitä kartalla</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="61" />
            <source>Pick on map</source>
            <translation>Valitse kartalta</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="122" />
            <source>Agency</source>
            <translation>Virasto</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="130" />
            <source>Mode</source>
            <translation>Tapa</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="154" />
            <source>Notes</source>
            <translation>Huom.</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_rows.py" line="71" />
            <source>(choose)</source>
            <translation>(valitse)</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.py" line="156" />
            <source>The presence of {} has unsaved edits. Discard them and switch layers?</source>
            <translation>Toimitilan {} läsnäolossa on tallentamattomia muutoksia. Hylätäänkö ne ja vaihdetaan tasoa?</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.py" line="293" />
            <source>The premises {} is no longer in the layer {} (deleted?): nothing was changed. Choose a premises from the list.</source>
            <translation>Toimitilaa {} ei enää ole tasossa {} (poistettu?): mitään ei muutettu. Valitse toimitila luettelosta.</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="125" />
            <source>Tick the agencies that serve in this premises; hover a code for the agency's name</source>
            <translation>Merkitse virastot, jotka palvelevat tässä toimitilassa; viraston nimi näkyy, kun viet osoittimen tunnuksen päälle</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="133" />
            <source>How the agency serves: staff (own staff), appointment (only by appointment) or remote (remote service)</source>
            <translation>Miten virasto palvelee: staff (oma henkilöstö), appointment (vain ajanvarauksella) tai remote (etäpalvelu)</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="138" />
            <source>d/wk</source>
            <translation>pv/vk</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="141" />
            <source>Days per week the agency is present (0–5; – when unknown)</source>
            <translation>Päiviä viikossa, jolloin virasto on paikalla (0–5; – kun ei tiedossa)</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="146" />
            <source>Visits</source>
            <translation>Käynnit</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="149" />
            <source>Annual visits (– when unknown)</source>
            <translation>Käyntejä vuodessa (– kun ei tiedossa)</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="157" />
            <source>Free-text notes; hover a note to read it in full</source>
            <translation>Vapaamuotoiset huomautukset; koko teksti näkyy, kun viet osoittimen sen päälle</translation>
        </message>
    </context>
    <context>
        <name>PresenceMatrixAlgorithm</name>
        <message>
            <location filename="../processing/alg_presencematrix.py" line="56" />
            <source>Presence matrix</source>
            <translation>Läsnäolomatriisi</translation>
        </message>
        <message>
            <location filename="../processing/alg_presencematrix.py" line="37" />
            <source>Writes a wide table of agency presence: one row per premises with premises_id and name, one column per agency code holding the mode (staff, appointment or remote; empty when the agency is not there), and agencies_total, the number of agencies present (every mode counts, remote included).

PREMISES: the premises layer (premises_id, name).
PRESENCE: the agency_presence table.
OUTPUT: the wide table, without geometry.

The agency columns are every code of the registry valid today (the agencies table of PRESENCE's workspace, or the registry shipped with the plugin), in registry order, then any other code found in PRESENCE, alphabetically. Presence rows of premises missing from PREMISES are left out with a warning.</source>
            <translation>Kirjoittaa virastojen läsnäolosta leveän taulun: yksi rivi toimitilaa kohden (premises_id ja name), yksi sarake kutakin virastotunnusta kohden, jossa on tapa (staff, appointment tai remote; tyhjä, jos virasto ei ole toimitilassa), sekä agencies_total eli läsnä olevien virastojen määrä (kaikki tavat lasketaan, myös etäpalvelu).

PREMISES: toimitilataso (premises_id, name).
PRESENCE: agency_presence-taulu.
OUTPUT: leveä taulu ilman geometriaa.

Virastosarakkeet ovat kaikki tänään voimassa olevat rekisterin tunnukset (PRESENCE-taulun työtilan agencies-taulusta tai lisäosan mukana tulevasta rekisteristä) rekisterin järjestyksessä ja sen jälkeen muut PRESENCE-taulusta löytyvät tunnukset aakkosjärjestyksessä. Läsnäolorivit, joiden toimitila puuttuu PREMISES-tasolta, jätetään pois varoituksen kera.</translation>
        </message>
        <message>
            <location filename="../processing/alg_presencematrix.py" line="52" />
            <source>Premises layer</source>
            <translation>Toimitilataso</translation>
        </message>
        <message>
            <location filename="../processing/alg_presencematrix.py" line="54" />
            <source>Agency presence table</source>
            <translation>Virastojen läsnäolotaulu</translation>
        </message>
        <message>
            <location filename="../processing/alg_presencematrix.py" line="70" />
            <source>The premises layer has no premises_id field.</source>
            <translation>Toimitilatasolla ei ole premises_id-kenttää.</translation>
        </message>
        <message>
            <location filename="../processing/alg_presencematrix.py" line="73" />
            <source>The presence table has no field(s) {}; choose an agency_presence table.</source>
            <translation>Läsnäolotaulusta puuttuu kenttä tai kentät {}; valitse agency_presence-taulu.</translation>
        </message>
        <message>
            <location filename="../processing/alg_presencematrix.py" line="111" />
            <source>{} premises id(s) of the presence table are not in the premises layer and were left out: {}</source>
            <translation>Läsnäolotaulun {} toimitilatunnusta puuttuu toimitilatasolta, ja ne jätettiin pois: {}</translation>
        </message>
    </context>
    <context>
        <name>PresenceMatrixDialog</name>
        <message>
            <location filename="../dialogs/presence_matrix.py" line="48" />
            <source>unknown</source>
            <translation>ei tiedossa</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix.py" line="132" />
            <source>All municipalities</source>
            <translation>Kaikki kunnat</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix.py" line="167" />
            <source>Set agency presence of {} cells</source>
            <translation>Aseta virastojen läsnäolo {} soluun</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix.py" line="167" />
            <source>Clear agency presence of {} cells</source>
            <translation>Tyhjennä virastojen läsnäolo {} solusta</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix.py" line="184" />
            <source>{} of {} premises shown. S = own staff, A = appointment only, R = remote service; the number is days a week.</source>
            <translation>Näytetään {} / {} toimitilaa. H = oma henkilöstö, A = vain ajanvarauksella, E = etäpalvelu; luku on päiviä viikossa.</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix.ui" line="15" />
            <source>Agency presence matrix</source>
            <translation>Virastojen läsnäolomatriisi</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix.ui" line="23" />
            <source>Premises layer</source>
            <translation>Toimitilataso</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix.ui" line="33" />
            <source>Presence layer</source>
            <translation>Läsnäolotaso</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix_model.py" line="165" />
            <source>Municipality</source>
            <translation>Kunta</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix.ui" line="61" />
            <source>Filter by premises name or id</source>
            <translation>Suodata toimitilan nimellä tai tunnuksella</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix.ui" line="91" />
            <source>Selected cells:</source>
            <translation>Valitut solut:</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix.ui" line="101" />
            <source>days / week</source>
            <translation>päiviä / vko</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix.ui" line="124" />
            <source>Set mode</source>
            <translation>Aseta tapa</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix.ui" line="131" />
            <source>Clear</source>
            <translation>Tyhjennä</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix_model.py" line="152" />
            <source>, {} days a week</source>
            <translation>, {} päivää viikossa</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix_model.py" line="154" />
            <source>, {} visits a year</source>
            <translation>, {} käyntiä vuodessa</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix_model.py" line="165" />
            <source>Id</source>
            <translation>Tunnus</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix_model.py" line="165" />
            <source>Name</source>
            <translation>Nimi</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix_model.py" line="170" />
            <source>Total</source>
            <translation>Yhteensä</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix_model.py" line="173" />
            <source>Agencies present per premises (every mode counts)</source>
            <translation>Läsnä olevat virastot toimitilaa kohden (kaikki tavat lasketaan)</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix_model.py" line="179" />
            <source>{}: present in {} of the premises shown</source>
            <translation>{}: läsnä {} näytetyssä toimitilassa</translation>
        </message>
    </context>
    <context>
        <name>PresenceModes</name>
        <message>
            <location filename="../dialogs/presence_common.py" line="19" />
            <source>staff (own staff)</source>
            <translation>staff (oma henkilöstö)</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_common.py" line="20" />
            <source>appointment only</source>
            <translation>appointment (vain ajanvarauksella)</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_common.py" line="21" />
            <source>remote service</source>
            <translation>remote (etäpalvelu)</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_common.py" line="28" />
            <source>S</source>
            <comment>staff: own staff</comment>
            <translation>H</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_common.py" line="29" />
            <source>A</source>
            <comment>appointment only</comment>
            <translation>A</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_common.py" line="30" />
            <source>R</source>
            <comment>remote service</comment>
            <translation>E</translation>
        </message>
    </context>
    <context>
        <name>RoadReport</name>
        <message>
            <location filename="../core/report/network_report.py" line="82" />
            <source>Map of the driving speeds</source>
            <translation>Ajonopeuksien kartta</translation>
        </message>
        <message>
            <location filename="../core/report/network_report.py" line="95" />
            <source>speed source</source>
            <translation>nopeuden lähde</translation>
        </message>
        <message>
            <location filename="../core/report/network_report.py" line="95" />
            <source>class</source>
            <translation>luokka</translation>
        </message>
        <message>
            <location filename="../core/report/network_report.py" line="96" />
            <source>links</source>
            <translation>linkit</translation>
        </message>
        <message>
            <location filename="../core/report/network_report.py" line="96" />
            <source>km</source>
            <translation>km</translation>
        </message>
        <message>
            <location filename="../core/report/network_report.py" line="97" />
            <source>total</source>
            <translation>yhteensä</translation>
        </message>
        <message>
            <location filename="../core/report/network_report.py" line="98" />
            <source>Schema</source>
            <translation>Skeema</translation>
        </message>
        <message>
            <location filename="../core/report/network_report.py" line="99" />
            <source>Length by speed source</source>
            <translation>Pituus nopeuden lähteen mukaan</translation>
        </message>
        <message>
            <location filename="../core/report/network_report.py" line="104" />
            <source>Length by speed source and class</source>
            <translation>Pituus nopeuden lähteen ja luokan mukaan</translation>
        </message>
        <message>
            <location filename="../core/report/network_report.py" line="108" />
            <source>Excluded links by class</source>
            <translation>Poistetut linkit luokittain</translation>
        </message>
        <message>
            <location filename="../core/report/network_report.py" line="111" />
            <source>One-way links</source>
            <translation>Yksisuuntaiset linkit</translation>
        </message>
        <message>
            <location filename="../core/report/network_report.py" line="112" />
            <source>one-way km</source>
            <translation>yksisuuntaisia km</translation>
        </message>
        <message>
            <location filename="../core/report/network_report.py" line="112" />
            <source>share of km</source>
            <translation>osuus kilometreistä</translation>
        </message>
        <message>
            <location filename="../core/report/network_report.py" line="114" />
            <source>Driving speeds</source>
            <translation>Ajonopeudet</translation>
        </message>
        <message>
            <location filename="../core/report/network_report.py" line="115" />
            <source>Prepared road network</source>
            <translation>Valmisteltu tieverkko</translation>
        </message>
    </context>
    <context>
        <name>RunOutputs</name>
        <message>
            <location filename="../processing/sinks.py" line="205" />
            <source>Cancelled: no output was written.</source>
            <translation>Peruttu: tuloksia ei kirjoitettu.</translation>
        </message>
    </context>
    <context>
        <name>Scoring</name>
        <message>
            <location filename="../core/suitability/scoring.py" line="72" />
            <source>No criteria given: add rows of field, direction (benefit or cost) and weight.</source>
            <translation>Kriteerejä ei annettu: lisää rivejä, joissa on kenttä, suunta (benefit tai cost) ja paino.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="75" />
            <source>The criteria table must have three columns (field, direction, weight); got {count} values, which is not a multiple of 3.</source>
            <translation>Kriteeritaulukossa on oltava kolme saraketta (kenttä, suunta, paino); saatiin {count} arvoa, mikä ei ole kolmella jaollinen.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="82" />
            <source>Criteria row {row}: the field name is empty.</source>
            <translation>Kriteeririvi {row}: kentän nimi puuttuu.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="86" />
            <source>Criteria row {row} ({field}): direction must be benefit or cost, not '{value}'.</source>
            <translation>Kriteeririvi {row} ({field}): suunnan on oltava benefit (hyöty) tai cost (kustannus), ei '{value}'.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="94" />
            <source>Criteria row {row} ({field}): the weight '{value}' is not a number.</source>
            <translation>Kriteeririvi {row} ({field}): paino '{value}' ei ole luku.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="98" />
            <source>Criteria row {row} ({field}): the weight {value} is negative; weights must be 0 or more.</source>
            <translation>Kriteeririvi {row} ({field}): paino {value} on negatiivinen; painojen on oltava vähintään 0.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="105" />
            <source>The field {field} is listed twice in the criteria.</source>
            <translation>Kenttä {field} on kriteereissä kahdesti.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="115" />
            <source>At least one criterion weight is needed.</source>
            <translation>Vähintään yksi kriteerin paino tarvitaan.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="118" />
            <source>Weight {index} is {value}; weights must be finite and 0 or more.</source>
            <translation>Paino {index} on {value}; painojen on oltava äärellisiä ja vähintään 0.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="123" />
            <source>All criterion weights are zero: give at least one criterion a positive weight.</source>
            <translation>Kaikkien kriteerien painot ovat nollia: anna vähintään yhdelle kriteerille positiivinen paino.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="167" />
            <source>The AHP matrix is not square: it has {rows} rows of {widths} values.</source>
            <translation>AHP-matriisi ei ole neliömatriisi: siinä on {rows} riviä, joissa on {widths} arvoa.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="172" />
            <source>The AHP matrix is not square: {count} values cannot form n rows of n.</source>
            <translation>AHP-matriisi ei ole neliömatriisi: {count} arvosta ei voi muodostaa n riviä, joissa kussakin n arvoa.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="200" />
            <source>The AHP matrix is {size}×{size} but there are {n} criteria: give one row and one column per criterion, in the order of the criteria.</source>
            <translation>AHP-matriisi on {size}×{size}, mutta kriteerejä on {n}: anna yksi rivi ja yksi sarake kutakin kriteeriä kohden kriteerien järjestyksessä.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="184" />
            <source>AHP matrix cell (row {row}, column {col}) [{a} vs {b}]: '{value}' is not a number.</source>
            <translation>AHP-matriisin solu (rivi {row}, sarake {col}) [{a} vs. {b}]: '{value}' ei ole luku.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="229" />
            <source>The AHP matrix is not square.</source>
            <translation>AHP-matriisi ei ole neliömatriisi.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="204" />
            <source>AHP supports at most {max} criteria (Saaty's random index table); got {n}.</source>
            <translation>AHP tukee enintään {max} kriteeriä (Saatyn satunnaisindeksien taulukko); annettiin {n}.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="210" />
            <source>AHP matrix cell (row {row}, column {col}) [{a} vs {b}] is {value}; comparisons must be positive (Saaty scale 1/9 to 9).</source>
            <translation>AHP-matriisin solu (rivi {row}, sarake {col}) [{a} vs. {b}] on {value}; vertailujen on oltava positiivisia (Saatyn asteikko 1/9–9).</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="217" />
            <source>AHP matrix cells (row {row}, column {col}) = {aij:g} and (row {col}, column {row}) = {aji:g} [{a} vs {b}] are not reciprocal: their product {product:.3f} must be between 0.98 and 1.02 (e.g. 3 and 1/3 or 0.33).</source>
            <translation>AHP-matriisin solut (rivi {row}, sarake {col}) = {aij:g} ja (rivi {col}, sarake {row}) = {aji:g} [{a} vs. {b}] eivät ole toistensa käänteislukuja: niiden tulon {product:.3f} on oltava välillä 0,98–1,02 (esim. 3 ja 1/3 tai 0.33).</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="415" />
            <source>The sensitivity spread must be between 0 and 1 (e.g. 0.2 = ±20 %).</source>
            <translation>Herkkyysanalyysin vaihteluvälin on oltava 0–1 (esim. 0.2 = ±20 %).</translation>
        </message>
    </context>
    <context>
        <name>StatFi</name>
        <message>
            <location filename="../core/sources/statfi.py" line="66" />
            <source>Population grid 1 km</source>
            <translation>Väestöruudukko 1 km</translation>
        </message>
        <message>
            <location filename="../core/sources/statfi.py" line="67" />
            <source>Population grid 5 km</source>
            <translation>Väestöruudukko 5 km</translation>
        </message>
        <message>
            <location filename="../core/sources/statfi.py" line="68" />
            <source>Municipalities (1:1 000 000)</source>
            <translation>Kunnat (1:1 000 000)</translation>
        </message>
        <message>
            <location filename="../core/sources/statfi.py" line="69" />
            <source>Regions (1:1 000 000)</source>
            <translation>Maakunnat (1:1 000 000)</translation>
        </message>
        <message>
            <location filename="../core/sources/statfi.py" line="80" />
            <source>Source: Statistics Finland, {typename} ({year}). Licence CC BY 4.0.</source>
            <translation>Lähde: Tilastokeskus, {typename} ({year}). Lisenssi CC BY 4.0.</translation>
        </message>
        <message>
            <location filename="../core/sources/statfi.py" line="85" />
            <source>Only inhabited cells exist. In cells with fewer than 10 inhabitants every field except vaesto is -1 (masked): never add up -1 values.</source>
            <translation>Mukana ovat vain asutut ruudut. Alle 10 asukkaan ruuduissa kaikki kentät paitsi vaesto ovat -1 (suojattu): -1-arvoja ei saa laskea yhteen.</translation>
        </message>
        <message>
            <location filename="../core/sources/statfi.py" line="89" />
            <source>© Statistics Finland (Tilastokeskus)</source>
            <translation>© Tilastokeskus</translation>
        </message>
    </context>
    <context>
        <name>SuitabilityAlgorithm</name>
        <message>
            <location filename="../processing/alg_suitability.py" line="63" />
            <source>Suitability ranking of premises</source>
            <translation>Toimitilojen soveltuvuusjärjestys</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="66" />
            <source>Scores and ranks premises on several criteria, explains the score criterion by criterion and tests whether the ranking survives reasonable changes of the weights.

PREMISES: the premises (e.g. the output of Derive criteria for premises).
CRITERIA: one row per criterion: field, direction (benefit = more is better, cost = less is better) and weight. From qgis_process: CRITERIA=pop_within,benefit,5,annual_cost_eur,cost,3. Weights are normalised to sum to 1.
METHOD: 0 weighted sum of min–max normalised criteria (0 = worst, 1 = best premises); 1 TOPSIS (vector normalisation, closeness to the ideal point).
AHP (optional): a pairwise comparison matrix over the criteria in their order, row by row, Saaty's 1–9 scale, e.g. "1 3; 1/3 1" or 1,3,0.33,1. Reciprocal cells must multiply to between 0.98 and 1.02. Its principal eigenvector replaces the given weights; the consistency ratio is returned as CONSISTENCY_RATIO. Above 0.10 the log warns; with AHP_STRICT it is an error.
CONSTRAINTS (optional): an expression that premises must meet, e.g. "accessible" AND "pop_within" &gt;= 10000. Premises that fail get passes = 0 and no rank; normalisation, ideal points and ranks use only the passing premises.
SENSITIVITY_RUNS (default 1000, 0 = none), SENSITIVITY_SPREAD (default 0.2): each run multiplies every weight by a random factor between 1 − spread and 1 + spread and renormalises; SEED (default 1) makes runs repeat. TOP_K (default 5).

OUTPUT: the premises with score, rank (1 = best; equal scores rank in layer order), passes, n_&lt;field&gt; (normalised value; for the weighted sum min–max with the direction applied, for TOPSIS vector-normalised), c_&lt;field&gt; = weight × n_&lt;field&gt;, rank_p05 and rank_p95 (5th and 95th percentile of the rank over the runs) and p_top (share of runs in the top K). With 0 runs rank_p05 = rank_p95 = rank and p_top is 1 for ranks up to TOP_K.
OUTPUT_REPORT (optional): an HTML report with the weights, the AHP matrix, the ranking with contributions and charts.

A NULL criterion value takes that criterion's worst value among the passing premises (the log counts them). A criterion with the same value everywhere contributes nothing.</source>
            <translation>Pisteyttää ja asettaa toimitilat paremmuusjärjestykseen usean kriteerin perusteella, erittelee pistemäärän kriteeri kriteeriltä ja testaa, kestääkö järjestys painojen kohtuulliset muutokset.

PREMISES: toimitilat (esim. algoritmin Johda kriteerit toimitiloille tulos).
CRITERIA: yksi rivi kriteeriä kohden: kenttä, suunta (benefit = enemmän on parempi, cost = vähemmän on parempi) ja paino. qgis_processista: CRITERIA=pop_within,benefit,5,annual_cost_eur,cost,3. Painot skaalataan niin, että niiden summa on 1.
METHOD: 0 min–max-normalisoitujen kriteerien painotettu summa (0 = huonoin, 1 = paras toimitila); 1 TOPSIS (vektorinormalisointi, läheisyys ideaalipisteeseen).
AHP (valinnainen): kriteerien parivertailumatriisi kriteerien järjestyksessä rivi riviltä Saatyn asteikolla 1–9, esim. "1 3; 1/3 1" tai 1,3,0.33,1. Vastakkaisten solujen tulon on oltava välillä 0,98–1,02. Matriisin pääominaisvektori korvaa annetut painot; konsistenssisuhde palautetaan tuloksena CONSISTENCY_RATIO. Jos se ylittää 0,10, lokiin kirjataan varoitus; AHP_STRICT-valinnalla se on virhe.
CONSTRAINTS (valinnainen): lauseke, joka toimitilan on täytettävä, esim. "accessible" AND "pop_within" &gt;= 10000. Ehtoa täyttämättömät toimitilat saavat passes = 0 eivätkä saa sijoitusta; normalisointi, ideaalipisteet ja sijoitukset lasketaan vain ehdon täyttävistä toimitiloista.
SENSITIVITY_RUNS (oletus 1000, 0 = ei ajoja), SENSITIVITY_SPREAD (oletus 0.2): kussakin ajossa jokainen paino kerrotaan satunnaisella kertoimella väliltä 1 − vaihteluväli ja 1 + vaihteluväli ja painot skaalataan uudelleen; SEED (oletus 1) tekee ajoista toistettavia. TOP_K (oletus 5).

OUTPUT: toimitilat ja kentät score (pistemäärä), rank (sijoitus, 1 = paras; yhtä suuret pistemäärät järjestetään tason järjestyksessä), passes, n_&lt;kenttä&gt; (normalisoitu arvo; painotetussa summassa min–max suunta huomioiden, TOPSISissa vektorinormalisoitu), c_&lt;kenttä&gt; = paino × n_&lt;kenttä&gt;, rank_p05 ja rank_p95 (sijoituksen 5. ja 95. persentiili ajojen yli) sekä p_top (niiden ajojen osuus, joissa toimitila on K parhaan joukossa). Ilman ajoja rank_p05 = rank_p95 = rank ja p_top on 1 sijoituksille TOP_K:hon asti.
OUTPUT_REPORT (valinnainen): HTML-raportti, jossa ovat painot, AHP-matriisi, järjestys kriteerien osuuksineen sekä kaaviot.

NULL-kriteeriarvo korvataan kyseisen kriteerin huonoimmalla arvolla ehdon täyttävien toimitilojen joukossa (loki kertoo niiden määrän). Kriteeri, jolla on kaikkialla sama arvo, ei vaikuta tulokseen.</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="98" />
            <source>Premises</source>
            <translation>Toimitilat</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="100" />
            <source>Criteria (field, direction, weight)</source>
            <translation>Kriteerit (kenttä, suunta, paino)</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="100" />
            <source>field</source>
            <translation>kenttä</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="100" />
            <source>direction</source>
            <translation>suunta</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="100" />
            <source>weight</source>
            <translation>paino</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="103" />
            <source>Method</source>
            <translation>Menetelmä</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="302" />
            <source>Weighted sum (min–max)</source>
            <translation>Painotettu summa (min–max)</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="302" />
            <source>TOPSIS</source>
            <translation>TOPSIS</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="106" />
            <source>AHP pairwise comparison matrix (row by row)</source>
            <translation>AHP-parivertailumatriisi (rivi riviltä)</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="108" />
            <source>Fail when the AHP consistency ratio is above 0.10</source>
            <translation>Keskeytä, jos AHP:n konsistenssisuhde ylittää 0,10</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="110" />
            <source>Constraints (premises must meet)</source>
            <translation>Ehdot (toimitilan on täytettävä)</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="113" />
            <source>Weight sensitivity runs</source>
            <translation>Painojen herkkyysajot</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="116" />
            <source>Weight spread (0.2 = ±20 %)</source>
            <translation>Painojen vaihteluväli (0.2 = ±20 %)</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="119" />
            <source>Random seed</source>
            <translation>Satunnaislukujen siemen</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="121" />
            <source>Top K</source>
            <translation>K parasta</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="123" />
            <source>Suitability</source>
            <translation>Soveltuvuus</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="124" />
            <source>Suitability report</source>
            <translation>Soveltuvuusraportti</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="124" />
            <source>HTML files (*.html)</source>
            <translation>HTML-tiedostot (*.html)</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="127" />
            <source>AHP consistency ratio</source>
            <translation>AHP:n konsistenssisuhde</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="128" />
            <source>Premises passing the constraints</source>
            <translation>Ehdot täyttävät toimitilat</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="139" />
            <source>The criterion field {field} is not in the premises layer. Its fields are: {fields}.</source>
            <translation>Kriteerikenttää {field} ei ole toimitilatasossa. Tason kentät ovat: {fields}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="144" />
            <source>The criterion field {field} is not numeric (it is {type}); choose a numeric field.</source>
            <translation>Kriteerikenttä {field} ei ole numeerinen (sen tyyppi on {type}); valitse numeerinen kenttä.</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="156" />
            <source>The constraint expression is invalid: {error}</source>
            <translation>Ehtolauseke on virheellinen: {error}</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="161" />
            <source>The constraint expression refers to the field {field}, which is not in the premises layer.</source>
            <translation>Ehtolauseke viittaa kenttään {field}, jota ei ole toimitilatasossa.</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="242" />
            <source>AHP weights: {weights}; consistency ratio {cr:.3f}.</source>
            <translation>AHP-painot: {weights}; konsistenssisuhde {cr:.3f}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="245" />
            <source>The AHP consistency ratio {cr:.3f} is above 0.10: the pairwise comparisons contradict each other; revise them.</source>
            <translation>AHP:n konsistenssisuhde {cr:.3f} ylittää 0,10: parivertailut ovat ristiriidassa keskenään; tarkista ne.</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="206" />
            <source>The constraint expression failed on feature {fid}: {error}</source>
            <translation>Ehtolausekkeen laskenta epäonnistui kohteella {fid}: {error}</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="208" />
            <source>{passing} of {total} premises pass the constraints.</source>
            <translation>{passing}/{total} toimitilaa täyttää ehdot.</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="267" />
            <source>{count} passing premises have NULL in {field}; they get its worst value.</source>
            <translation>{count} ehdot täyttävällä toimitilalla on kentässä {field} NULL; ne saavat kentän huonoimman arvon.</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="271" />
            <source>The criterion {field} has the same value on every passing premises; it contributes nothing.</source>
            <translation>Kriteerillä {field} on sama arvo kaikissa ehdot täyttävissä toimitiloissa; se ei vaikuta tulokseen.</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="302" />
            <source>Suitability of premises</source>
            <translation>Toimitilojen soveltuvuus</translation>
        </message>
    </context>
    <context>
        <name>SuitabilityReport</name>
        <message>
            <location filename="../core/report/suitability_report.py" line="126" />
            <source>Method: {method}. Premises: {total}, passing the constraints: {passing}.</source>
            <translation>Menetelmä: {method}. Toimitiloja: {total}, joista ehdot täyttää {passing}.</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="131" />
            <source>Constraints: {expression}</source>
            <translation>Ehdot: {expression}</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="145" />
            <source>Criteria and weights</source>
            <translation>Kriteerit ja painot</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="146" />
            <source>Criterion</source>
            <translation>Kriteeri</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="146" />
            <source>Direction</source>
            <translation>Suunta</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="147" />
            <source>Given weight</source>
            <translation>Annettu paino</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="147" />
            <source>Weight used</source>
            <translation>Käytetty paino</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="148" />
            <source>NULL values</source>
            <translation>NULL-arvoja</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="148" />
            <source>Note</source>
            <translation>Huomautus</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="152" />
            <source>benefit</source>
            <translation>hyöty (enemmän parempi)</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="154" />
            <source>cost</source>
            <translation>kustannus (vähemmän parempi)</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="155" />
            <source>same value everywhere: contributes nothing</source>
            <translation>sama arvo kaikkialla: ei vaikuta</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="168" />
            <source>AHP pairwise comparisons</source>
            <translation>AHP-parivertailut</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="181" />
            <source>The consistency ratio is above 0.10: revise the comparisons.</source>
            <translation>Konsistenssisuhde ylittää 0,10: tarkista vertailut.</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="190" />
            <source>Weight sensitivity: {runs} runs, each weight multiplied by a random factor between 1 − {spread} and 1 + {spread} and renormalised (seed {seed}). Rank range = 5th to 95th percentile of the rank; top {k} = share of runs in which the premises is among the {k} best.</source>
            <translation>Painojen herkkyys: {runs} ajoa; kukin paino kerrottu satunnaisella kertoimella väliltä 1 − {spread} ja 1 + {spread} ja painot skaalattu uudelleen (siemen {seed}). Sijoituksen vaihteluväli = sijoituksen 5.–95. persentiili; {k} parhaan osuus = niiden ajojen osuus, joissa toimitila on {k} parhaan joukossa.</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="197" />
            <source>No weight sensitivity runs.</source>
            <translation>Painojen herkkyysajoja ei tehty.</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="210" />
            <source>Contributions of the criteria</source>
            <translation>Kriteerien osuudet</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="212" />
            <source>TOPSIS: the bars show weight × vector-normalised value; the score is the closeness to the ideal point and is not their sum.</source>
            <translation>TOPSIS: palkit näyttävät painon × vektorinormalisoidun arvon; pistemäärä on läheisyys ideaalipisteeseen eikä niiden summa.</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="215" />
            <source>Weight × normalised value, best first</source>
            <translation>Paino × normalisoitu arvo, paras ensin</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="218" />
            <source>Rank stability</source>
            <translation>Sijoituksen pysyvyys</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="219" />
            <source>Rank and its 5–95 % range under weight changes; % = share of runs in the top {k}</source>
            <translation>Sijoitus ja sen 5–95 %:n vaihteluväli painojen muuttuessa; % = niiden ajojen osuus, joissa toimitila on {k} parhaan joukossa</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="219" />
            <source>Rank (1 = best)</source>
            <translation>Sijoitus (1 = paras)</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="231" />
            <source>Ranking</source>
            <translation>Paremmuusjärjestys</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="232" />
            <source>Rank</source>
            <translation>Sijoitus</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="232" />
            <source>Premises</source>
            <translation>Toimitila</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="233" />
            <source>Score</source>
            <translation>Pisteet</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="235" />
            <source>Rank 5 %</source>
            <translation>Sijoitus 5 %</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="235" />
            <source>Rank 95 %</source>
            <translation>Sijoitus 95 %</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="236" />
            <source>Top {k} share</source>
            <translation>{k} parhaan osuus</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="245" />
            <source>The {n} best of {total} passing premises are listed; all are in the output layer.</source>
            <translation>Luettelossa on {n} parasta {total} ehdot täyttävästä toimitilasta; kaikki ovat tulostasossa.</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="250" />
            <source>{n} premises fail the constraints and have no rank.</source>
            <translation>{n} toimitilaa ei täytä ehtoja, eikä niillä ole sijoitusta.</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="175" />
            <source>Principal eigenvalue {lmax}, consistency index {ci}, consistency ratio {cr}.</source>
            <translation>Suurin ominaisarvo {lmax}, konsistenssi-indeksi {ci}, konsistenssisuhde {cr}.</translation>
        </message>
    </context>
    <context>
        <name>UnavailableAlgorithm</name>
        <message>
            <location filename="../processing/catalogue.py" line="109" />
            <source>{} (unavailable)</source>
            <translation>{} (ei käytettävissä)</translation>
        </message>
    </context>
    <context>
        <name>Wfs</name>
        <message>
            <location filename="../core/sources/wfs.py" line="52" />
            <source>Cancelled: nothing was written.</source>
            <translation>Peruttu: mitään ei kirjoitettu.</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="135" />
            <source>Could not reach the server {host} ({what}): {error}</source>
            <translation>Palvelimeen {host} ei saatu yhteyttä ({what}): {error}</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="138" />
            <source>The server {host} did not answer within {seconds:g} seconds ({what}). Try again later, or raise the network timeout in QGIS's Options → Network.</source>
            <translation>Palvelin {host} ei vastannut {seconds:g} sekunnin kuluessa ({what}). Yritä myöhemmin uudelleen tai pidennä verkon aikakatkaisua QGISin asetuksissa (Asetukset → Verkko).</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="143" />
            <source>The server {host} answered HTTP {status} to {what}: {message}</source>
            <translation>Palvelin {host} vastasi HTTP {status} pyyntöön {what}: {message}</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="147" />
            <source>The server {host} reported an error for {what}: {message}</source>
            <translation>Palvelin {host} ilmoitti virheestä pyynnössä {what}: {message}</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="243" />
            <source>The service {host} has no feature type '{typename}'. It offers: {names}.</source>
            <translation>Palvelussa {host} ei ole kohdetyyppiä '{typename}'. Tarjolla on: {names}.</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="264" />
            <source>Unknown service version '{version}'; use one of {versions}.</source>
            <translation>Tuntematon palvelun versio '{version}'; käytä jotakin näistä: {versions}.</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="268" />
            <source>'{url}' is not a web address; it must start with http:// or https://.</source>
            <translation>'{url}' ei ole verkko-osoite; sen pitää alkaa http:// tai https://.</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="299" />
            <source>GetCapabilities</source>
            <translation>GetCapabilities</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="348" />
            <source>The capabilities document from {host} is not valid XML ({error}); the answer may have been cut off. Try again, or check the URL.</source>
            <translation>Palvelimen {host} capabilities-kuvaus ei ole kelvollista XML:ää ({error}); vastaus on ehkä katkennut. Yritä uudelleen tai tarkista osoite.</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="352" />
            <source>{host} did not answer with WFS capabilities (it sent a {element} document). Check that the URL is the address of a WFS service.</source>
            <translation>{host} ei vastannut WFS-palvelun kuvauksella (se lähetti {element}-dokumentin). Tarkista, että osoite on WFS-palvelun osoite.</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="407" />
            <source>the list of collections</source>
            <translation>kokoelmaluettelo</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="415" />
            <source>{host} did not answer with an OGC API Features collection list (JSON). Check that the URL is the landing page of an OGC API Features service.</source>
            <translation>{host} ei vastannut OGC API Features -kokoelmaluettelolla (JSON). Tarkista, että osoite on OGC API Features -palvelun aloitussivu.</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="489" />
            <source>the feature count</source>
            <translation>kohteiden määrä</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="509" />
            <source>GetFeature</source>
            <translation>GetFeature</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="511" />
            <source>DescribeFeatureType</source>
            <translation>DescribeFeatureType</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="521" />
            <source>The features from {host} are not valid XML ({error}); the answer may have been cut off.</source>
            <translation>Palvelimen {host} kohteet eivät ole kelvollista XML:ää ({error}); vastaus on ehkä katkennut.</translation>
        </message>
        <message>
            <location filename="../core/sources/provider.py" line="78" />
            <source>QGIS's {provider} provider could not open '{typename}' from {host}, although the server answers normally. {detail}</source>
            <translation>QGISin {provider}-tarjoaja ei pystynyt avaamaan tasoa '{typename}' palvelimelta {host}, vaikka palvelin vastaa normaalisti. {detail}</translation>
        </message>
        <message>
            <location filename="../core/sources/fetch.py" line="84" />
            <source>Connected to {host} ({version}).</source>
            <translation>Yhteys palvelimeen {host} ({version}).</translation>
        </message>
        <message>
            <location filename="../core/sources/fetch.py" line="161" />
            <source>Fetching the features of '{typename}' from {host} failed: {message}</source>
            <translation>Kohteiden '{typename}' haku palvelimelta {host} epäonnistui: {message}</translation>
        </message>
        <message>
            <location filename="../core/sources/fetch.py" line="97" />
            <source>Fetched {count} features.</source>
            <translation>Haettiin {count} kohdetta.</translation>
        </message>
        <message>
            <location filename="../core/sources/fetch.py" line="115" />
            <source>{count} features to fetch.</source>
            <translation>Haettavana {count} kohdetta.</translation>
        </message>
        <message>
            <location filename="../core/sources/writer.py" line="111" />
            <source>Could not write a feature to the output: {error}</source>
            <translation>Kohteen kirjoittaminen tulokseen epäonnistui: {error}</translation>
        </message>
        <message>
            <location filename="../core/sources/writer.py" line="83" />
            <source>{count} features fetched…</source>
            <translation>{count} kohdetta haettu…</translation>
        </message>
        <message>
            <location filename="../core/sources/download.py" line="32" />
            <source>The authentication configuration '{authcfg}' could not be applied to the request to {host}. Check it in QGIS's Options → Authentication.</source>
            <translation>Tunnistautumisasetusta '{authcfg}' ei voitu liittää pyyntöön palvelimelle {host}. Tarkista se QGISin asetuksista (Asetukset → Tunnistautuminen).</translation>
        </message>
        <message>
            <location filename="../core/sources/download.py" line="104" />
            <source>The answer of {host} broke off ({what}): {error}</source>
            <translation>Palvelimen {host} vastaus katkesi ({what}): {error}</translation>
        </message>
        <message>
            <location filename="../core/sources/pages.py" line="89" />
            <source>The features from {host} are not valid XML (the answer ends too early); the answer may have been cut off.</source>
            <translation>Palvelimen {host} lähettämät kohteet eivät ole kelvollista XML:ää (vastaus päättyy liian aikaisin); vastaus on voinut katketa.</translation>
        </message>
        <message>
            <location filename="../core/sources/answers.py" line="144" />
            <source>The features from {host} are not valid JSON ({error}); the answer may have been cut off.</source>
            <translation>Palvelimen {host} lähettämät kohteet eivät ole kelvollista JSONia ({error}); vastaus on voinut katketa.</translation>
        </message>
        <message>
            <location filename="../core/sources/pages.py" line="194" />
            <source>GDAL could not read the features that {host} sent.</source>
            <translation>GDAL ei pystynyt lukemaan palvelimen {host} lähettämiä kohteita.</translation>
        </message>
        <message>
            <location filename="../core/sources/fetch.py" line="208" />
            <source>MAX_FEATURES = {limit} stopped the download</source>
            <translation>MAX_FEATURES = {limit} keskeytti haun</translation>
        </message>
        <message>
            <location filename="../core/sources/fetch.py" line="210" />
            <source>the server counted {total} matching features</source>
            <translation>palvelin laski {total} hakuehdon täyttävää kohdetta</translation>
        </message>
        <message>
            <location filename="../core/sources/fetch.py" line="212" />
            <source>a further page held only features that had arrived already, so the server does not page reliably</source>
            <translation>seuraava sivu sisälsi vain jo saatuja kohteita, joten palvelin ei sivuta luotettavasti</translation>
        </message>
        <message>
            <location filename="../core/sources/fetch.py" line="215" />
            <source>the server sends at most {maximum} features per answer and does not page (it ignores STARTINDEX)</source>
            <translation>palvelin lähettää enintään {maximum} kohdetta vastausta kohden eikä tue sivutusta (se ei huomioi STARTINDEX-parametria)</translation>
        </message>
        <message>
            <location filename="../core/sources/fetch.py" line="218" />
            <source>the server does not page (it ignores STARTINDEX) and does not say how many features match, so it may have cut its answer short</source>
            <translation>palvelin ei tue sivutusta (se ei huomioi STARTINDEX-parametria) eikä kerro hakuehdon täyttävien kohteiden määrää, joten se on voinut katkaista vastauksensa</translation>
        </message>
        <message>
            <location filename="../core/sources/fetch.py" line="220" />
            <source>The layer '{typename}' from {host} may be incomplete: {count} features arrived, and {why}. Result COMPLETE is false.</source>
            <translation>Taso '{typename}' palvelimelta {host} voi olla vajaa: saatiin {count} kohdetta, ja {why}. Tulos COMPLETE on epätosi.</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="300" />
            <source>{url} is neither a WFS nor an OGC API Features service: asked for WFS capabilities it answered {what}, and {collections} answered {what2}. Check the address (the service's own address, e.g. …/wfs or the OGC API landing page).</source>
            <translation>{url} ei ole WFS- eikä OGC API Features -palvelu: WFS-palvelukuvauksen pyyntöön se vastasi {what}, ja {collections} vastasi {what2}. Tarkista osoite (palvelun oma osoite, esim. …/wfs tai OGC API -palvelun aloitussivu).</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="320" />
            <source>nothing ({error})</source>
            <translation>ei mitään ({error})</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="322" />
            <source>HTTP {status} ({message})</source>
            <translation>HTTP {status} ({message})</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="332" />
            <source>JSON without collections (keys: {keys})</source>
            <translation>JSON-tiedoston ilman kokoelmia (avaimet: {keys})</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="334" />
            <source>an HTML page</source>
            <translation>HTML-sivun</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="338" />
            <source>an XML document &lt;{element}&gt;</source>
            <translation>XML-dokumentin &lt;{element}&gt;</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="339" />
            <source>{size} bytes of {kind}</source>
            <translation>{size} tavua tyyppiä {kind}</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../core/presence/project.py" line="93" />
            <source>Mode must be staff, appointment or remote.</source>
            <translation>Tavan on oltava staff (oma henkilöstö), appointment (ajanvaraus) tai remote (etäpalvelu).</translation>
        </message>
        <message>
            <location filename="../core/presence/project.py" line="98" />
            <source>Days per week must be between 0 and 5.</source>
            <translation>Päiviä viikossa on oltava 0–5.</translation>
        </message>
        <message>
            <location filename="../core/presence/project.py" line="103" />
            <source>Annual visits cannot be negative.</source>
            <translation>Käyntejä vuodessa ei voi olla negatiivinen määrä.</translation>
        </message>
        <message>
            <location filename="../core/presence/project.py" line="137" />
            <source>Agency presence</source>
            <translation>Virastojen läsnäolo</translation>
        </message>
    </context>
</TS>
