<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
    <context>
        <name>BundledModel</name>
        <message>
            <location filename="../processing/models.py" line="22" />
            <source>Plan a shared service network (model)</source>
            <translation>Planera ett gemensamt servicenät (modell)</translation>
        </message>
    </context>
    <context>
        <name>CatchmentsAlgorithm</name>
        <message>
            <location filename="../processing/alg_catchments.py" line="111" />
            <source>Catchment areas</source>
            <translation>Upptagningsområden</translation>
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
            <translation>Fördelar varje efterfrågeobjekt (t.ex. en ruta i befolkningsrutnätet) till den servicepunkt som det når till lägsta resekostnad och ritar varje servicepunkts upptagningsområde.

FACILITIES: servicepunkterna; FACILITY_ID: deras id-fält (valfritt, standard objektets id; id:na måste vara unika).
DEMAND: punkter eller ytor; en yta representeras av sin tyngdpunkt, eller av en punkt på ytan när tyngdpunkten ligger utanför den. POPULATION: numeriskt fält; NULL och negativa värden (Statistikcentralen maskerar små rutor med -1) räknas som 0.
METHOD: 0 fågelvägen (kostnad i km), 1 vägnät (kostnad i minuter).
NETWORK: väglinjer (behövs för metod 1). Noder är linjernas ändpunkter och brytpunkter som delas av två eller flera linjer; en länk kostar sin längd delad med hastigheten. SPEED_FIELD: km/h (valfritt). DEFAULT_SPEED: km/h, standard 50, används där hastigheten är NULL eller ≤ 0 och för de raka anslutningssträckorna från varje punkt till närmaste nod i nätet. DIRECTION_FIELD: enkelriktade gator, Digiroads ajosuunta (2 båda riktningarna, 3 mot och 4 i digitaliseringsriktningen) eller OSM:s oneway (yes, 1, -1, no). Kostnaderna gäller resan från efterfrågeobjektet till servicepunkten.
MAX_SNAP_DISTANCE: meter, standard 1000; en punkt längre bort än så från alla noder i nätet, eller i en del av nätet utan servicepunkt, kan inte nås.
CUTOFFS: växande positiva tal, standard 30,60 (minuter eller km). Ett efterfrågeobjekt ligger inom gränsen c när dess kostnad ≤ c.

OUTPUT_DEMAND: efterfrågeobjekten med facility (id för närmaste servicepunkt; NULL när den inte kan nås), cost (NULL när den inte kan nås) och band (0-30, 30-60, &gt;60 eller unreachable).
OUTPUT_CATCHMENTS: ett område per servicepunkt (de sammanslagna efterfrågerutorna, eller för punktformig efterfrågan efterfrågepunkternas Voronoi-celler) med facility, population, pop_within_&lt;c&gt; för varje gräns (en decimalpunkt blir _), mean_cost (befolkningsviktad; NULL när befolkningen är 0), max_cost och demand_count. En servicepunkt som inte får någon efterfrågan har en rad med befolkningen 0 och utan geometri.
Vid lika kostnad väljs den servicepunkt som kommer först i lagret. Beräkningen görs i ett metriskt koordinatsystem (efterfrågelagrets eget, eller EPSG:3067 / en UTM-zon för geografiska koordinater); resultaten är i efterfrågelagrets koordinatsystem.
Resultatvärden: TOTAL_POPULATION och UNREACHABLE_POPULATION.</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="94" />
            <source>Service points</source>
            <translation>Servicepunkter</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="96" />
            <source>Service point id field (default: feature id)</source>
            <translation>Servicepunktens id-fält (standard: objektets id)</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="99" />
            <source>Demand (points or polygons, e.g. a population grid)</source>
            <translation>Efterfrågan (punkter eller ytor, t.ex. ett befolkningsrutnät)</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="102" />
            <source>Population field</source>
            <translation>Befolkningsfält</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="106" />
            <source>Cost cutoffs (increasing, comma-separated)</source>
            <translation>Kostnadsgränser (växande, kommaseparerade)</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="108" />
            <source>Demand with nearest service point</source>
            <translation>Efterfrågan med närmaste servicepunkt</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="113" />
            <source>Total population</source>
            <translation>Total befolkning</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="114" />
            <source>Unreachable population</source>
            <translation>Befolkning som inte kan nås</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="127" />
            <source>Computing in {}.</source>
            <translation>Beräknar i koordinatsystemet {}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="178" />
            <source>The FACILITIES layer {} has no service points with a location: give at least one point.</source>
            <translation>FACILITIES-lagret {} har inga servicepunkter med läge: ange minst en punkt.</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="183" />
            <source>Skipped {} service points with an empty or invalid geometry.</source>
            <translation>Hoppade över {} servicepunkter med tom eller ogiltig geometri.</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="192" />
            <source>The DEMAND layer {} has no features with a usable geometry.</source>
            <translation>DEMAND-lagret {} har inga objekt med användbar geometri.</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="195" />
            <source>Skipped {} demand features with an empty or invalid geometry.</source>
            <translation>Hoppade över {} efterfrågeobjekt med tom eller ogiltig geometri.</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="200" />
            <source>The POPULATION field {} of the DEMAND layer has a value that is not a number.</source>
            <translation>Befolkningsfältet {} i DEMAND-lagret har ett värde som inte är ett tal.</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="204" />
            <source>{} demand features have a NULL or negative population; they count as 0.</source>
            <translation>{} efterfrågeobjekt har NULL eller negativ befolkning; de räknas som 0.</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="219" />
            <source>{} demand features, {} service points; total population {:.0f}, unreachable {:.0f} (costs in {}).</source>
            <translation>{} efterfrågeobjekt, {} servicepunkter; total befolkning {:.0f}, kan inte nås {:.0f} (kostnader i {}).</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="222" />
            <source>Time: reading {:.1f} s, costs {:.1f} s, areas {:.1f} s, writing {:.1f} s, total {:.1f} s.</source>
            <translation>Tid: läsning {:.1f} s, kostnader {:.1f} s, områden {:.1f} s, skrivning {:.1f} s, totalt {:.1f} s.</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="232" />
            <source>CUTOFFS must be increasing positive numbers separated by commas, e.g. 30,60 (got '{}').</source>
            <translation>CUTOFFS måste vara växande positiva tal åtskilda med kommatecken, t.ex. 30,60 (angivet '{}').</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="240" />
            <source>The DEMAND layer {} has no population field {}: give its numeric population field as POPULATION.</source>
            <translation>DEMAND-lagret {} har inget befolkningsfält {}: ange dess numeriska befolkningsfält som POPULATION.</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="244" />
            <source>The POPULATION field {} of the DEMAND layer is not numeric: give a field of resident counts.</source>
            <translation>Befolkningsfältet {} i DEMAND-lagret är inte numeriskt: ange ett fält med invånarantal.</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="248" />
            <source>The FACILITIES layer has no field {}.</source>
            <translation>FACILITIES-lagret har inget fält {}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="255" />
            <source>Some service points have no {} (NULL): every service point needs an id.</source>
            <translation>Vissa servicepunkter saknar {} (NULL): varje servicepunkt behöver ett id.</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="263" />
            <source>The FACILITY_ID field {} has duplicate ids ({}): the ids of the service points must be unique.</source>
            <translation>FACILITY_ID-fältet {} har dubbla id:n ({}): servicepunkternas id:n måste vara unika.</translation>
        </message>
        <message>
            <location filename="../processing/alg_catchments.py" line="291" />
            <source>The DEMAND layer already has a field {}; the output replaces its values.</source>
            <translation>DEMAND-lagret har redan ett fält {}; i resultatet ersätts dess värden.</translation>
        </message>
    </context>
    <context>
        <name>CompareScenariosAlgorithm</name>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="61" />
            <source>Compare service network scenarios</source>
            <translation>Jämförelse av scenarier för servicenätet</translation>
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
            <translation>Jämför två uppsättningar servicepunkter för samma invånare: vem som inte längre ligger inom gränsvärdet (t.ex. "om kontoret i Kides stängs, vem har då inte längre högst en timme till en punkt") och vem som vinner.

BASE: dagens servicepunkter. SCENARIO: scenariots punkter; lämna tomt för att använda BASE-lagret filtrerat med SCENARIO_EXPRESSION. BASE_EXPRESSION och SCENARIO_EXPRESSION: valfria filter (t.ex. "name" &lt;&gt; 'Kitee'). FACILITY_ID: punkternas id-fält (standard objektets id).
DEMAND och POPULATION: invånare som punkter eller polygoner (NULL och negativa räknas som 0).
METHOD, NETWORK, SPEED_FIELD, DEFAULT_SPEED, DIRECTION_FIELD, MAX_SNAP_DISTANCE: restid som i Upptagningsområden (km fågelvägen, minuter längs vägnätet). CUTOFF: standard 60.
AREAS och AREA_NAME: valfria kommun- eller landskapspolygoner för en tabell per område.

OUTPUT: efterfrågan med facility_base, cost_base, facility_scenario, cost_scenario, change (cost_scenario - cost_base, NULL när någon av dem är NULL), lost_cutoff (1: inom CUTOFF före, inte efter) och gained_cutoff (1: tvärtom). OUTPUT_AREAS: per område population, pop_lost, pop_gained, pop_within_base, pop_within_scenario, mean_cost_base och mean_cost_scenario (befolkningsviktad över de invånare som når en punkt) samt demand_count. OUTPUT_REPORT: valfri HTML-rapport.
Resultatvärden: POPULATION_LOST, POPULATION_GAINED, TOTAL_POPULATION, MEAN_COST_BASE, MEAN_COST_SCENARIO.</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="89" />
            <source>Base service points</source>
            <translation>Servicepunkter i grundläget</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="91" />
            <source>Scenario service points (empty: BASE filtered by the scenario expression)</source>
            <translation>Scenariots servicepunkter (tomt: BASE filtrerat med scenariots uttryck)</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="94" />
            <source>Base filter (expression, optional)</source>
            <translation>Filter för grundläget (uttryck, valfritt)</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="97" />
            <source>Scenario filter (expression, optional)</source>
            <translation>Filter för scenariot (uttryck, valfritt)</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="100" />
            <source>Service point id field (default: feature id)</source>
            <translation>Servicepunktens id-fält (standard: objektets id)</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="105" />
            <source>Cutoff (minutes by road, km by straight line)</source>
            <translation>Gränsvärde (minuter längs vägnätet, km fågelvägen)</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="108" />
            <source>Areas (municipalities or regions, optional)</source>
            <translation>Områden (kommuner eller landskap, valfritt)</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="112" />
            <source>Area name field</source>
            <translation>Områdets namnfält</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="114" />
            <source>Demand with both costs</source>
            <translation>Efterfrågan med båda restiderna</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="116" />
            <source>Change by area</source>
            <translation>Förändring per område</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="119" />
            <source>Scenario report (HTML)</source>
            <translation>Scenariorapport (HTML)</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="119" />
            <source>HTML files (*.html)</source>
            <translation>HTML-filer (*.html)</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="269" />
            <source>Population losing the cutoff</source>
            <translation>Befolkning som hamnar utanför gränsvärdet</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="270" />
            <source>Population gaining the cutoff</source>
            <translation>Befolkning som kommer inom gränsvärdet</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="269" />
            <source>Total population</source>
            <translation>Total befolkning</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="122" />
            <source>Mean cost, base</source>
            <translation>Genomsnittlig restid, grundläge</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="122" />
            <source>Mean cost, scenario</source>
            <translation>Genomsnittlig restid, scenario</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="193" />
            <source>CUTOFF must be a positive number.</source>
            <translation>CUTOFF måste vara ett positivt tal.</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="196" />
            <source>Give the scenario: a SCENARIO layer, or a SCENARIO_EXPRESSION that filters the BASE layer.</source>
            <translation>Ange scenariot: ett SCENARIO-lager eller ett SCENARIO_EXPRESSION-uttryck som filtrerar BASE-lagret.</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="201" />
            <source>Choose the AREA_NAME field of the AREAS layer.</source>
            <translation>Välj fältet AREA_NAME i lagret AREAS.</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="179" />
            <source>Within the cutoff before but not after: {} residents; after but not before: {}.</source>
            <translation>Inom gränsvärdet före men inte efter: {} invånare; efter men inte före: {}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="212" />
            <source>No {} point passes the filter: every resident is unreachable there.</source>
            <translation>Ingen {}-punkt klarar filtret: där når ingen invånare en punkt.</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="237" />
            <source>{} residents lie outside every area and are not in the area table.</source>
            <translation>{} invånare ligger utanför alla områden och finns inte i områdestabellen.</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="268" />
            <source>Summary</source>
            <translation>Sammanfattning</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="268" />
            <source>Figure</source>
            <translation>Nyckeltal</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="268" />
            <source>Value</source>
            <translation>Värde</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="270" />
            <source>Mean cost, base ({})</source>
            <translation>Genomsnittlig restid, grundläge ({})</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="271" />
            <source>Mean cost, scenario ({})</source>
            <translation>Genomsnittlig restid, scenario ({})</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="271" />
            <source>Area</source>
            <translation>Område</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="272" />
            <source>Population</source>
            <translation>Befolkning</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="272" />
            <source>Losing the cutoff</source>
            <translation>Hamnar utanför gränsvärdet</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="273" />
            <source>Gaining the cutoff</source>
            <translation>Kommer inom gränsvärdet</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="273" />
            <source>Within the cutoff, base</source>
            <translation>Inom gränsvärdet, grundläge</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="274" />
            <source>Within the cutoff, scenario</source>
            <translation>Inom gränsvärdet, scenario</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="274" />
            <source>By area</source>
            <translation>Per område</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="275" />
            <source>Run parameters</source>
            <translation>Körningens parametrar</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="280" />
            <source>A resident is within the cutoff when the travel cost to the nearest service point is at most the cutoff; mean costs are over the residents that reach a point.</source>
            <translation>En invånare ligger inom gränsvärdet när restiden till närmaste servicepunkt är högst gränsvärdet; genomsnittliga restider beräknas över de invånare som når en punkt.</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="290" />
            <source>Scenario comparison</source>
            <translation>Jämförelse av scenarier</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="81" />
            <source>With AREAS, the report lists the areas with residents sorted by name in the language of QGIS (å, ä, ö after z in Finnish and Swedish) and says how many residents and demand features lie outside every area (result values OUTSIDE_POPULATION and OUTSIDE_COUNT); areas without residents are left out of the report (it says how many) and kept in OUTPUT_AREAS.</source>
            <translation>Med AREAS listar rapporten områdena med invånare sorterade efter namn i QGIS språk (å, ä, ö efter z på finska och svenska) och anger hur många invånare och efterfrågeobjekt som ligger utanför alla områden (resultatvärdena OUTSIDE_POPULATION och OUTSIDE_COUNT); områden utan invånare lämnas bort ur rapporten (den anger hur många) och behålls i OUTPUT_AREAS.</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="122" />
            <source>Population outside every area</source>
            <translation>Befolkning utanför alla områden</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="122" />
            <source>Demand features outside every area</source>
            <translation>Efterfrågeobjekt utanför alla områden</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="276" />
            <source>The table counts {} residents; {} residents ({} demand features) lie outside every area and are not in it; {} residents in all.</source>
            <translation>Tabellen räknar {} invånare; {} invånare ({} efterfrågeobjekt) ligger utanför alla områden och finns inte i den; {} invånare sammanlagt.</translation>
        </message>
        <message>
            <location filename="../processing/alg_comparescenarios.py" line="278" />
            <source>{} areas without residents are left out of the table; the output layer has every area.</source>
            <translation>{} områden utan invånare har lämnats bort ur tabellen; utdatalagret har alla områden.</translation>
        </message>
    </context>
    <context>
        <name>CopyWorkspaceAlgorithm</name>
        <message>
            <location filename="../processing/alg_copyworkspace.py" line="34" />
            <source>Copy workspace (GeoPackage ↔ PostGIS)</source>
            <translation>Kopiera arbetsyta (GeoPackage ↔ PostGIS)</translation>
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
            <translation>Kopierar en arbetsyta mellan en GeoPackage-fil och ett databasschema: varje rad för lokaler, myndighetsnärvaro och myndighetsregistret med sitt fid, så att en grupp kan starta sin delade databasarbetsyta från demon eller från dagens fil och ta en kopia tillbaka.

DIRECTION: från GeoPackage till databas (standard) eller från databas till GeoPackage.
GEOPACKAGE: arbetsytans fil (skapas om den inte finns och är målet).
CONNECTION, SCHEMA: databasarbetsytan (skapas om schemat inte finns och är målet).
REPLACE: töm först målets lokal- och närvarorader (standard: nej; ett mål som redan har rader avvisas, så en kopiering fördubblar aldrig rader).

Målets myndighetsregister ersätts av källans. Radversionerna i databasen börjar åter från 1. Varje kopiering är en transaktion: ett fel lämnar målet som det var; i databasen registreras kopieringen i ändringsloggen.
Resultat: PREMISES, PRESENCE och AGENCIES, de kopierade raderna.</translation>
        </message>
        <message>
            <location filename="../processing/alg_copyworkspace.py" line="54" />
            <source>Direction</source>
            <translation>Riktning</translation>
        </message>
        <message>
            <location filename="../processing/alg_copyworkspace.py" line="54" />
            <source>GeoPackage to database</source>
            <translation>Från GeoPackage till databas</translation>
        </message>
        <message>
            <location filename="../processing/alg_copyworkspace.py" line="54" />
            <source>Database to GeoPackage</source>
            <translation>Från databas till GeoPackage</translation>
        </message>
        <message>
            <location filename="../processing/alg_copyworkspace.py" line="57" />
            <source>Workspace GeoPackage</source>
            <translation>Arbetsytans GeoPackage</translation>
        </message>
        <message>
            <location filename="../processing/alg_copyworkspace.py" line="60" />
            <source>Replace the target's rows</source>
            <translation>Ersätt målets rader</translation>
        </message>
        <message>
            <location filename="../processing/alg_copyworkspace.py" line="62" />
            <source>Premises copied</source>
            <translation>Kopierade lokaler</translation>
        </message>
        <message>
            <location filename="../processing/alg_copyworkspace.py" line="62" />
            <source>Presence rows copied</source>
            <translation>Kopierade närvarorader</translation>
        </message>
        <message>
            <location filename="../processing/alg_copyworkspace.py" line="62" />
            <source>Agencies copied</source>
            <translation>Kopierade myndigheter</translation>
        </message>
        <message>
            <location filename="../processing/alg_copyworkspace.py" line="73" />
            <source>Give the workspace GeoPackage (a .gpkg file).</source>
            <translation>Ange arbetsytans GeoPackage (en .gpkg-fil).</translation>
        </message>
        <message>
            <location filename="../processing/alg_copyworkspace.py" line="83" />
            <source>Copied {} premises, {} presence rows and {} agencies.</source>
            <translation>Kopierade {} lokaler, {} närvarorader och {} myndigheter.</translation>
        </message>
    </context>
    <context>
        <name>CostParameters</name>
        <message>
            <location filename="../processing/costparams.py" line="66" />
            <source>Straight line (km)</source>
            <translation>Fågelvägen (km)</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="67" />
            <source>Road network (minutes)</source>
            <translation>Vägnät (minuter)</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="69" />
            <source>Travel cost method</source>
            <translation>Metod för resekostnad</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="71" />
            <source>Road network (lines; needed for the road network method)</source>
            <translation>Vägnät (linjer; behövs för vägnätsmetoden)</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="74" />
            <source>Speed field of the road network (km/h)</source>
            <translation>Vägnätets hastighetsfält (km/h)</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="77" />
            <source>Default speed (km/h), also for the access legs to the network</source>
            <translation>Standardhastighet (km/h), även för anslutningssträckorna till nätet</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="81" />
            <source>One-way field of the road network (Digiroad ajosuunta or OSM oneway)</source>
            <translation>Vägnätets körriktningsfält (Digiroads ajosuunta eller OSM:s oneway)</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="85" />
            <source>Largest distance from a point to the network (m)</source>
            <translation>Största avstånd från en punkt till nätet (m)</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="160" />
            <source>DEFAULT_SPEED must be a positive speed in km/h.</source>
            <translation>DEFAULT_SPEED måste vara en positiv hastighet i km/h.</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="163" />
            <source>MAX_SNAP_DISTANCE must be zero or a positive distance in metres.</source>
            <translation>MAX_SNAP_DISTANCE måste vara noll eller ett positivt avstånd i meter.</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="171" />
            <source>The road network method (METHOD 1) needs a road network: give a line layer as NETWORK.</source>
            <translation>Vägnätsmetoden (METHOD 1) behöver ett vägnät: ange ett linjelager som NETWORK.</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="178" />
            <source>The NETWORK layer {} is not a line layer: give the road network as lines.</source>
            <translation>NETWORK-lagret {} är inte ett linjelager: ange vägnätet som linjer.</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="186" />
            <source>The NETWORK layer has no field {}.</source>
            <translation>NETWORK-lagret har inget fält {}.</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="189" />
            <source>The speed field {} of the NETWORK layer is not numeric: give speeds in km/h.</source>
            <translation>Hastighetsfältet {} i NETWORK-lagret är inte numeriskt: ange hastigheter i km/h.</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="135" />
            <source>The NETWORK layer {} has no usable lines.</source>
            <translation>NETWORK-lagret {} har inga användbara linjer.</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="202" />
            <source>The speed field {} of the NETWORK layer has a value that is not a number.</source>
            <translation>Hastighetsfältet {} i NETWORK-lagret har ett värde som inte är ett tal.</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="208" />
            <source>{} line parts have an unknown one-way value in {}; they are driven both ways.</source>
            <translation>{} linjedelar har ett okänt körriktningsvärde i {}; de körs i båda riktningarna.</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="145" />
            <source>Skipped {} network features with an empty or invalid geometry.</source>
            <translation>Hoppade över {} vägnätsobjekt med tom eller ogiltig geometri.</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="148" />
            <source>Road network: {} line parts, {} nodes, {} directed edges (read in {:.1f} s, graph built in {:.1f} s).</source>
            <translation>Vägnät: {} linjedelar, {} noder, {} riktade länkar (läst på {:.1f} s, grafen byggd på {:.1f} s).</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="217" />
            <source>minutes</source>
            <translation>minuter</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="218" />
            <source>km</source>
            <translation>km</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="55" />
            <source>Demand (population points or polygons)</source>
            <translation>Efterfrågan (befolkningspunkter eller -polygoner)</translation>
        </message>
        <message>
            <location filename="../processing/costparams.py" line="58" />
            <source>Population field</source>
            <translation>Befolkningsfält</translation>
        </message>
    </context>
    <context>
        <name>CoverageReportAlgorithm</name>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="69" />
            <source>Coverage report by area</source>
            <translation>Täckningsrapport per område</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="104" />
            <source>Demand with travel costs (output of Catchments)</source>
            <translation>Efterfrågan med restider (resultat av Upptagningsområden)</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="115" />
            <source>Population field</source>
            <translation>Befolkningsfält</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="118" />
            <source>Travel cost field</source>
            <translation>Fält för restid</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="121" />
            <source>Residents aged 65+ field (optional)</source>
            <translation>Fält för invånare 65 år och äldre (valfritt)</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="124" />
            <source>Cutoffs (comma-separated, same unit as the cost)</source>
            <translation>Gränsvärden (åtskilda med kommatecken, i samma enhet som restiden)</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="126" />
            <source>Unit of the cost (for the report)</source>
            <translation>Restidens enhet (för rapporten)</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="126" />
            <source>minutes</source>
            <translation>minuter</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="214" />
            <source>km</source>
            <translation>km</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="129" />
            <source>Areas (municipalities or regions)</source>
            <translation>Områden (kommuner eller landskap)</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="131" />
            <source>Area name field</source>
            <translation>Fält för områdets namn</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="268" />
            <source>Coverage by area</source>
            <translation>Täckning per område</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="135" />
            <source>Coverage report (HTML)</source>
            <translation>Täckningsrapport (HTML)</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="135" />
            <source>HTML files (*.html)</source>
            <translation>HTML-filer (*.html)</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="138" />
            <source>Total population</source>
            <translation>Total befolkning</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="138" />
            <source>Population within the largest cutoff</source>
            <translation>Befolkning inom det största gränsvärdet</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="138" />
            <source>Share within the largest cutoff (%)</source>
            <translation>Andel inom det största gränsvärdet (%)</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="138" />
            <source>Unreachable population</source>
            <translation>Befolkning som inte kan nås</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="138" />
            <source>Population outside every area</source>
            <translation>Befolkning utanför alla områden</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="138" />
            <source>Population-weighted mean cost</source>
            <translation>Befolkningsviktad genomsnittlig restid</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="210" />
            <source>CUTOFFS must be increasing positive numbers separated by commas, e.g. 30,60.</source>
            <translation>CUTOFFS måste vara växande positiva tal åtskilda med kommatecken, t.ex. 30,60.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="198" />
            <source>Using the field ika_65_ for residents aged 65+.</source>
            <translation>Invånare 65 år och äldre läses från fältet ika_65_.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="201" />
            <source>The AREAS layer has no field {}.</source>
            <translation>Lagret AREAS har inget fält {}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="203" />
            <source>The DEMAND layer {} is empty.</source>
            <translation>Lagret DEMAND {} är tomt.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="296" />
            <source>{} demand features had a NULL or negative population; they count as 0.</source>
            <translation>{} efterfrågeobjekt hade en befolkning som var NULL eller negativ; de räknas som 0.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="299" />
            <source>Skipped {} demand features with an empty or invalid geometry.</source>
            <translation>Hoppade över {} efterfrågeobjekt med tom eller ogiltig geometri.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="302" />
            <source>{} residents ({} demand features) lie outside every area and are not in the table.</source>
            <translation>{} invånare ({} efterfrågeobjekt) ligger utanför alla områden och finns inte i tabellen.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="214" />
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="217" />
            <source>Coverage report</source>
            <translation>Täckningsrapport</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="264" />
            <source>Area</source>
            <translation>Område</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="264" />
            <source>Population</source>
            <translation>Befolkning</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="264" />
            <source>Within {} {}</source>
            <translation>Inom {} {}</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="265" />
            <source>Share within {} (%)</source>
            <translation>Andel inom {} (%)</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="265" />
            <source>Unreachable</source>
            <translation>Kan inte nås</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="266" />
            <source>Mean cost ({})</source>
            <translation>Genomsnittlig restid ({})</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="266" />
            <source>Aged 65+</source>
            <translation>65 år och äldre</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="266" />
            <source>65+ within {} {}</source>
            <translation>65+ inom {} {}</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="267" />
            <source>Masked cells</source>
            <translation>Skyddade rutor</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="267" />
            <source>Population in masked cells</source>
            <translation>Befolkning i skyddade rutor</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="268" />
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="273" />
            <source>Share of population (%)</source>
            <translation>Andel av befolkningen (%)</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="273" />
            <source>Run parameters</source>
            <translation>Körningens parametrar</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="274" />
            <source>A resident is within a cutoff when the travel cost to the nearest service point is at most the cutoff. Masked cells (fewer than 10 residents) have no age breakdown; their residents count in the population but not in the 65+ figures.</source>
            <translation>En invånare ligger inom ett gränsvärde när restiden till närmaste servicepunkt är högst gränsvärdet. Skyddade rutor (färre än 10 invånare) saknar åldersfördelning; deras invånare räknas in i befolkningen men inte i siffrorna för 65 år och äldre.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="283" />
            <source>Choose the {} field of the DEMAND layer.</source>
            <translation>Välj fältet {} i lagret DEMAND.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="287" />
            <source>The DEMAND layer has no field {} (parameter {}). Run Catchments first, or choose another field.</source>
            <translation>Lagret DEMAND har inget fält {} (parameter {}). Kör först Upptagningsområden eller välj ett annat fält.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="291" />
            <source>The field {} of the DEMAND layer is not numeric.</source>
            <translation>Fältet {} i lagret DEMAND är inte numeriskt.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="160" />
            <source>The AREAS layer {} has no polygons.</source>
            <translation>Lagret AREAS {} har inga polygoner.</translation>
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
            <translation>Anger för varje område (kommun eller landskap) hur många invånare som bor inom varje gränsvärde för restiden till en servicepunkt. Indata är efterfrågeresultatet från Upptagningsområden (dess fält cost).

FACILITIES (valfritt): servicepunkterna. När de anges körs först Upptagningsområden på DEMAND med FACILITY_ID, METHOD, NETWORK, SPEED_FIELD, DEFAULT_SPEED, DIRECTION_FIELD, MAX_SNAP_DISTANCE och CUTOFFS (samma betydelse som i Upptagningsområden), och dess restid används; COST_FIELD och COST_UNIT ignoreras då.
DEMAND: punkter eller polygoner (t.ex. befolkningsrutnätet med fälten cost och band från upptagningsområdena); en polygon räknas i sin centroid, eller i en punkt på ytan när centroiden ligger utanför.
POPULATION: invånare (standard vaesto); NULL och negativa värden räknas som 0.
COST_FIELD: restid till närmaste servicepunkt (standard cost; minuter längs vägnätet eller km fågelvägen); NULL betyder att punkten inte kan nås.
AGE65_FIELD: invånare 65 år och äldre (valfritt; ika_65_ används när lagret har det). Statistikcentralen skyddar rutor med färre än 10 invånare med -1: de räknas separat (masked_cells, masked_population) och läggs aldrig till siffrorna för 65 år och äldre.
CUTOFFS: växande positiva tal, standard 30,60. En invånare ligger inom gränsvärdet c när cost &lt;= c.
COST_UNIT: minuter (standard) eller km, för rapportens texter.
AREAS och AREA_NAME: områdenas polygoner och deras namnfält.

OUTPUT: områdena med area, population, pop_within_&lt;c&gt; och share_within_&lt;c&gt; (procent) för varje gränsvärde, pop_unreachable, mean_cost (befolkningsviktad över invånare som kan nås), max_cost, pop65, pop65_within_&lt;c&gt;, masked_cells, masked_population och demand_count.
OUTPUT_REPORT: valfri HTML-rapport med tabellen och ett diagram.
Resultatvärden: TOTAL_POPULATION, COVERED_POPULATION och COVERED_SHARE (inom det största gränsvärdet), UNREACHABLE_POPULATION, OUTSIDE_POPULATION (efterfrågan utanför alla områden) och MEAN_COST.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="107" />
            <source>Service points (optional: run Catchments first)</source>
            <translation>Servicepunkter (valfritt: kör först Upptagningsområden)</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="110" />
            <source>Service point id field</source>
            <translation>Fält för servicepunktens id</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="241" />
            <source>Running Catchments from here needs the Python package shapely 2. Give a DEMAND layer that already has the cost field of Catchments instead, or install shapely 2.</source>
            <translation>För att köra Upptagningsområden härifrån behövs Python-paketet shapely 2. Ange i stället ett DEMAND-lager som redan har fältet cost från Upptagningsområden, eller installera shapely 2.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="96" />
            <source>The report lists the areas with residents, sorted by name in the language of QGIS (å, ä, ö after z in Finnish and Swedish), and says how many residents and demand features lie outside every area: its total plus those outside is every resident. Areas without residents are left out of the report (it says how many) and kept in OUTPUT. OUTSIDE_COUNT: demand features outside every area.</source>
            <translation>Rapporten listar områdena med invånare, sorterade efter namn i QGIS språk (å, ä, ö efter z på finska och svenska), och anger hur många invånare och efterfrågeobjekt som ligger utanför alla områden: dess summa plus de utanför är alla invånare. Områden utan invånare lämnas bort ur rapporten (den anger hur många) och behålls i OUTPUT. OUTSIDE_COUNT: efterfrågeobjekt utanför alla områden.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="138" />
            <source>Demand features outside every area</source>
            <translation>Efterfrågeobjekt utanför alla områden</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="269" />
            <source>The table counts {} residents; {} residents ({} demand features) lie outside every area and are not in it; {} residents in all.</source>
            <translation>Tabellen räknar {} invånare; {} invånare ({} efterfrågeobjekt) ligger utanför alla områden och finns inte i den; {} invånare sammanlagt.</translation>
        </message>
        <message>
            <location filename="../processing/alg_coveragereport.py" line="271" />
            <source>{} areas without residents are left out of the table; the output layer has every area.</source>
            <translation>{} områden utan invånare har lämnats bort ur tabellen; utdatalagret har alla områden.</translation>
        </message>
    </context>
    <context>
        <name>CreateDbWorkspaceAlgorithm</name>
        <message>
            <location filename="../processing/alg_createdbworkspace.py" line="28" />
            <source>Create database workspace (PostGIS)</source>
            <translation>Skapa databasarbetsyta (PostGIS)</translation>
        </message>
        <message>
            <location filename="../processing/alg_createdbworkspace.py" line="31" />
            <source>Creates a shared Palveluverkko workspace in a PostgreSQL database with PostGIS: the tables premises (points in EPSG:3067), agency_presence, agencies and palveluverkko_meta with the same columns, checks and messages as a GeoPackage workspace, and for sharing: editor_scope (which database role may edit which agency's rows in which municipality), audit_log (every insert, update and delete with the role, the time and the old and new values; no role may change or delete its rows), row_version (a save based on an older version of a row is refused) and the group roles &lt;schema&gt;_reader and &lt;schema&gt;_editor.

CONNECTION: a saved PostgreSQL connection (from qgis_process also a connection string such as 'service=planning' or 'host=... port=5432 dbname=... user=...'). The connecting role owns the schema and needs the CREATE right on the database and the CREATEROLE right; PostGIS must be installed in the database.
SCHEMA: the schema to create (default palveluverkko; lower-case letters, digits and _).
OVERWRITE: drop an existing schema of that name with all its data first (default: no, an existing schema is refused and left untouched).

Everything is created in one transaction: a failure leaves nothing behind. Give planners their editing rights with 'Grant editor scope'.
Results: SCHEMA and SCHEMA_VERSION.</source>
            <translation>Skapar en delad Palveluverkko-arbetsyta i en PostgreSQL-databas med PostGIS: tabellerna premises (lokaler som punkter, EPSG:3067), agency_presence, agencies och palveluverkko_meta med samma kolumner, kontroller och meddelanden som en GeoPackage-arbetsyta, och för samarbetet: editor_scope (vilken databasroll får redigera vilken myndighets rader i vilken kommun), audit_log (varje tillägg, ändring och radering med roll, tid samt gamla och nya värden; ingen roll kan ändra eller radera dess rader), row_version (en sparning som bygger på en äldre version av en rad avvisas) och grupprollerna &lt;schema&gt;_reader och &lt;schema&gt;_editor.

CONNECTION: en sparad PostgreSQL-anslutning (från qgis_process även en anslutningssträng som 'service=planning' eller 'host=... port=5432 dbname=... user=...'). Den anslutande rollen äger schemat och behöver rättigheten CREATE i databasen och rättigheten CREATEROLE; PostGIS måste vara installerat i databasen.
SCHEMA: schemat som skapas (standard palveluverkko; gemena bokstäver, siffror och _).
OVERWRITE: radera först ett befintligt schema med samma namn och alla dess data (standard: nej; ett befintligt schema avvisas och lämnas orört).

Allt skapas i en transaktion: ett fel lämnar ingenting efter sig. Ge planerarna redigeringsrätt med 'Bevilja redigeringsomfång'.
Resultat: SCHEMA och SCHEMA_VERSION.</translation>
        </message>
        <message>
            <location filename="../processing/alg_createdbworkspace.py" line="53" />
            <source>Overwrite an existing schema</source>
            <translation>Skriv över ett befintligt schema</translation>
        </message>
        <message>
            <location filename="../processing/alg_createdbworkspace.py" line="55" />
            <source>Workspace schema</source>
            <translation>Arbetsytans schema</translation>
        </message>
        <message>
            <location filename="../processing/alg_createdbworkspace.py" line="56" />
            <source>Schema version</source>
            <translation>Schemaversion</translation>
        </message>
        <message>
            <location filename="../processing/alg_createdbworkspace.py" line="67" />
            <source>Created the workspace schema {} (schema version {}).</source>
            <translation>Arbetsytans schema {} skapades (schemaversion {}).</translation>
        </message>
    </context>
    <context>
        <name>CreateWorkspaceAlgorithm</name>
        <message>
            <location filename="../processing/alg_createworkspace.py" line="26" />
            <source>Create workspace</source>
            <translation>Skapa arbetsyta</translation>
        </message>
        <message>
            <location filename="../processing/alg_createworkspace.py" line="29" />
            <source>Creates a new Palveluverkko workspace: a GeoPackage with the tables premises (points in EPSG:3067), agency_presence (which agency serves in which premises, and how), agencies (the agency registry, seeded with the twelve state agencies of the service network reform and their reorganisation dates) and palveluverkko_meta (the schema version).

OUTPUT: the .gpkg file to create.
OVERWRITE: replace the file if it already exists (default: no, an existing file is never touched).

The file is written under a temporary name and moved into place only when complete.</source>
            <translation>Skapar en ny Palveluverkko-arbetsyta: en GeoPackage-fil med tabellerna premises (lokaler som punkter i EPSG:3067), agency_presence (vilken myndighet som betjänar i vilken lokal och hur), agencies (myndighetsregistret, förifyllt med de tolv statliga myndigheterna i reformen av service- och lokalnätet samt datumen för deras omorganiseringar) och palveluverkko_meta (schemats version).

OUTPUT: den .gpkg-fil som ska skapas.
OVERWRITE: ersätt filen om den redan finns (standard: nej, en befintlig fil lämnas orörd).

Filen skrivs först under ett tillfälligt namn och flyttas på plats först när den är klar.</translation>
        </message>
        <message>
            <location filename="../processing/alg_createworkspace.py" line="41" />
            <source>Workspace GeoPackage</source>
            <translation>Arbetsytans GeoPackage</translation>
        </message>
        <message>
            <location filename="../processing/alg_createworkspace.py" line="41" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../processing/alg_createworkspace.py" line="46" />
            <source>Overwrite an existing file</source>
            <translation>Skriv över en befintlig fil</translation>
        </message>
        <message>
            <location filename="../processing/alg_createworkspace.py" line="49" />
            <source>Schema version</source>
            <translation>Schemaversion</translation>
        </message>
        <message>
            <location filename="../processing/alg_createworkspace.py" line="55" />
            <source>Give the file name of the workspace to create.</source>
            <translation>Ange filnamnet för arbetsytan som ska skapas.</translation>
        </message>
        <message>
            <location filename="../processing/alg_createworkspace.py" line="57" />
            <source>The workspace must be a GeoPackage file ending in .gpkg: {}</source>
            <translation>Arbetsytan måste vara en GeoPackage-fil som slutar på .gpkg: {}</translation>
        </message>
        <message>
            <location filename="../processing/alg_createworkspace.py" line="64" />
            <source>Created the workspace {} (schema version {}).</source>
            <translation>Arbetsytan {} skapades (schemaversion {}).</translation>
        </message>
    </context>
    <context>
        <name>DbConnection</name>
        <message>
            <location filename="../processing/dbconnection.py" line="20" />
            <source>PostgreSQL connection</source>
            <translation>PostgreSQL-anslutning</translation>
        </message>
        <message>
            <location filename="../processing/dbconnection.py" line="22" />
            <source>Workspace schema</source>
            <translation>Arbetsytans schema</translation>
        </message>
    </context>
    <context>
        <name>DemoReport</name>
        <message>
            <location filename="../core/demo/texts.py" line="36" />
            <source>Palveluverkko demo: shared service network for a SYNTHETIC Päijät-Häme</source>
            <translation>Palveluverkko-demo: ett gemensamt servicenät för ett SYNTETISKT Päijänne-Tavastland</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="37" />
            <source>SYNTHETIC DATA. Generated by Palveluverkko to show the tools; not real statistics, roads or premises.</source>
            <translation>SYNTETISKA DATA. Genererade av Palveluverkko för att visa verktygen; statistiken, vägarna och lokalerna är inte verkliga.</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="39" />
            <source>Summary</source>
            <translation>Sammanfattning</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="40" />
            <source>Map of the demo region</source>
            <translation>Karta över demoområdet</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="41" />
            <source>SYNTHETIC Päijät-Häme: catchments of today's service points, by road</source>
            <translation>SYNTETISKT Päijänne-Tavastland: dagens servicepunkters upptagningsområden längs vägnätet</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="42" />
            <source>Coverage per municipality (today's service points, by road)</source>
            <translation>Täckning per kommun (dagens servicepunkter, längs vägnätet)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="43" />
            <source>Ranking of candidate premises, with contributions and rank stability</source>
            <translation>Rangordning av de föreslagna lokalerna, med bidrag och rangordningens stabilitet</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="44" />
            <source>Location-allocation: the chosen shared service points</source>
            <translation>Lokalisering och allokering: de valda gemensamma servicepunkterna</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="45" />
            <source>Chosen network versus today, per municipality</source>
            <translation>Det valda nätet jämfört med i dag, per kommun</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="46" />
            <source>Run parameters</source>
            <translation>Körningens parametrar</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="47" />
            <source>Data and attribution</source>
            <translation>Data och källor</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="48" />
            <source>All data in this demo are SYNTHETIC: generated by Palveluverkko from the small recipe tables in resources/demo/ (municipality names and codes as in Statistics Finland's classification, rounded populations and invented premises). Field names follow Statistics Finland's population grid (vaestoruutu, CC BY 4.0) and Digiroad (ajosuunta, toiminn_lk; Väylävirasto, CC BY 4.0); no real data set was copied. Computed with QGIS and the Palveluverkko plugin.</source>
            <translation>Alla data i denna demo är SYNTETISKA: genererade av Palveluverkko från de små recepttabellerna i resources/demo/ (kommunnamn och kommunkoder enligt Statistikcentralens klassificering, avrundade folkmängder och påhittade lokaler). Fältnamnen följer Statistikcentralens befolkningsrutnät (vaestoruutu, CC BY 4.0) och Digiroad (ajosuunta, toiminn_lk; Trafikledsverket, CC BY 4.0); inga verkliga data har kopierats. Beräknat med QGIS och insticksprogrammet Palveluverkko.</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="56" />
            <source>Population within {} min of a current service point: {} of {} ({} %)</source>
            <translation>Befolkning inom {} min från en nuvarande servicepunkt: {} av {} ({} %)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="57" />
            <source>Uncovered: {} residents cannot reach any point by road (the island)</source>
            <translation>Utan täckning: {} invånare kan inte nå någon punkt längs vägnätet (ön)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="58" />
            <source>Beyond {} min by road: {} residents</source>
            <translation>Över {} min längs vägnätet: {} invånare</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="59" />
            <source>Population of the demo region: {}</source>
            <translation>Demoområdets befolkning: {}</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="60" />
            <source>Ranked first: {} {} (score {}; with perturbed weights rank {}–{} (5th–95th percentile), in the top {} in {} % of the runs)</source>
            <translation>Först: {} {} (poäng {}; med varierade vikter plats {}–{} (5:e–95:e percentilen), bland de {} främsta i {} % av körningarna)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="62" />
            <source>Location-allocation chose: {} ({} residents within {} min)</source>
            <translation>Lokaliseringen valde: {} ({} invånare inom {} min)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="63" />
            <source>Chosen points versus today: {} residents lose and {} gain the {}-minute cutoff</source>
            <translation>De valda punkterna jämfört med i dag: {} invånare förlorar och {} vinner gränsen på {} minuter</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="65" />
            <source>Rank</source>
            <translation>Plats</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="66" />
            <source>Premises</source>
            <translation>Lokal</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="67" />
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="68" />
            <source>Score</source>
            <translation>Poäng</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="69" />
            <source>Rank p05</source>
            <translation>Plats p05</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="70" />
            <source>Rank p95</source>
            <translation>Plats p95</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="71" />
            <source>{} premises pass the constraints and are ranked; {} fail them (no rank). Score = sum of the contributions c_&lt;criterion&gt; = weight × normalised value. Rank p05–p95: the 5th–95th percentile of the rank when the weights are perturbed; p_top: share of those runs in which the premises is in the top {}.</source>
            <translation>{} lokaler uppfyller villkoren och rangordnas; {} uppfyller dem inte (ingen plats). Poäng = summan av bidragen c_&lt;kriterium&gt; = vikt × normaliserat värde. Plats p05–p95: platsens 5:e–95:e percentil när vikterna varieras; p_top: andelen körningar där lokalen är bland de {} främsta.</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="77" />
            <source>Contributions to the score</source>
            <translation>Bidrag till poängen</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="78" />
            <source>Rank stability</source>
            <translation>Rangordningens stabilitet</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="86" />
            <source>Score (sum of contributions)</source>
            <translation>Poäng (summan av bidragen)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="87" />
            <source>Rank (1 = best)</source>
            <translation>Plats (1 = bäst)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="88" />
            <source>rank p05–p95</source>
            <translation>plats p05–p95</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="89" />
            <source>rank</source>
            <translation>plats</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="90" />
            <source>Required</source>
            <translation>Obligatorisk</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="91" />
            <source>Order</source>
            <translation>Ordning</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="92" />
            <source>Population served</source>
            <translation>Betjänad befolkning</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="93" />
            <source>Population within the cutoff</source>
            <translation>Befolkning inom gränsen</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="94" />
            <source>Parameter</source>
            <translation>Parameter</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="95" />
            <source>Value</source>
            <translation>Värde</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="96" />
            <source>Result</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="97" />
            <source>Premises (size: agencies)</source>
            <translation>Lokaler (storlek: antal myndigheter)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="98" />
            <source>Population grid 1 km (SYNTHETIC)</source>
            <translation>Befolkningsrutnät 1 km (SYNTETISKT)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="99" />
            <source>Roads (SYNTHETIC)</source>
            <translation>Vägar (SYNTETISKA)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="100" />
            <source>Municipalities (SYNTHETIC)</source>
            <translation>Kommuner (SYNTETISKA)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="101" />
            <source>Lakes (SYNTHETIC)</source>
            <translation>Sjöar (SYNTETISKA)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="102" />
            <source>Travel time band per grid cell</source>
            <translation>Restidszon per ruta</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="103" />
            <source>Catchments of today's service points</source>
            <translation>Dagens servicepunkters upptagningsområden</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="104" />
            <source>Coverage per municipality</source>
            <translation>Täckning per kommun</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="105" />
            <source>Premises criteria</source>
            <translation>Lokalernas kriterier</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="106" />
            <source>Suitability ranking</source>
            <translation>Lämplighetsrangordning</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="107" />
            <source>Location-allocation</source>
            <translation>Lokalisering och allokering</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="108" />
            <source>Demand allocated to the chosen points</source>
            <translation>Efterfrågan fördelad på de valda punkterna</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="109" />
            <source>Chosen points versus today (per cell)</source>
            <translation>De valda punkterna jämfört med i dag (per ruta)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="110" />
            <source>Chosen points versus today (per municipality)</source>
            <translation>De valda punkterna jämfört med i dag (per kommun)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="111" />
            <source>Results</source>
            <translation>Resultat</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="112" />
            <source>Demo data (SYNTHETIC)</source>
            <translation>Demodata (SYNTETISKA)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="114" />
            <source>Area</source>
            <translation>Område</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="114" />
            <source>Population</source>
            <translation>Befolkning</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="115" />
            <source>Within {} {}</source>
            <translation>Inom {} {}</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="115" />
            <source>Share within {} (%)</source>
            <translation>Andel inom {} (%)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="116" />
            <source>Unreachable</source>
            <translation>Kan inte nås</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="116" />
            <source>Mean cost ({})</source>
            <translation>Genomsnittlig restid ({})</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="117" />
            <source>Aged 65+</source>
            <translation>65 år och äldre</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="117" />
            <source>65+ within {} {}</source>
            <translation>65+ inom {} {}</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="118" />
            <source>Masked cells</source>
            <translation>Skyddade rutor</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="119" />
            <source>Population in masked cells</source>
            <translation>Befolkning i skyddade rutor</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="120" />
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="120" />
            <source>Coverage by area</source>
            <translation>Täckning per område</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="121" />
            <source>Share of population (%)</source>
            <translation>Andel av befolkningen (%)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="121" />
            <source>min</source>
            <translation>min</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="126" />
            <source>A resident is within a cutoff when the travel cost to the nearest service point is at most the cutoff. Masked cells (fewer than 10 residents) have no age breakdown; their residents count in the population but not in the 65+ figures.</source>
            <translation>En invånare ligger inom ett gränsvärde när restiden till närmaste servicepunkt är högst gränsvärdet. Skyddade rutor (färre än 10 invånare) saknar åldersfördelning; deras invånare räknas in i befolkningen men inte i siffrorna för 65 år och äldre.</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="122" />
            <source>The table counts {} residents; {} residents ({} demand features) lie outside every area and are not in it; {} residents in all.</source>
            <translation>Tabellen räknar {} invånare; {} invånare ({} efterfrågeobjekt) ligger utanför alla områden och finns inte i den; {} invånare sammanlagt.</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="124" />
            <source>{} areas without residents are left out of the table; the output layer has every area.</source>
            <translation>{} områden utan invånare har lämnats bort ur tabellen; utdatalagret har alla områden.</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="137" />
            <source>The least-cost network keeping everyone within {} min, beside today's</source>
            <translation>Det billigaste nätet där alla är inom {} min, bredvid dagens</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="138" />
            <source>Network</source>
            <translation>Nät</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="139" />
            <source>Today's service points</source>
            <translation>Dagens servicepunkter</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="147" />
            <source>Least-cost network</source>
            <translation>Billigaste nätet</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="141" />
            <source>Points</source>
            <translation>Punkter</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="142" />
            <source>Annual cost (EUR)</source>
            <translation>Årlig kostnad (EUR)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="143" />
            <source>Residents within {} min</source>
            <translation>Invånare inom {} min</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="144" />
            <source>Longest trip (min)</source>
            <translation>Längsta resan (min)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="145" />
            <source>Least-cost network keeping everyone within {} min: {} points, {} EUR a year (today {} points, {} EUR); longest trip {} min (today {} min)</source>
            <translation>Billigaste nätet där alla är inom {} min: {} punkter, {} EUR per år (i dag {} punkter, {} EUR); längsta resan {} min (i dag {} min)</translation>
        </message>
        <message>
            <location filename="../core/demo/texts.py" line="148" />
            <source>Today's network with its costs</source>
            <translation>Dagens nät med kostnader</translation>
        </message>
    </context>
    <context>
        <name>DemoWorkspaceAlgorithm</name>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="33" />
            <source>Create demo workspace (synthetic Päijät-Häme)</source>
            <translation>Skapa demoarbetsyta (syntetiskt Päijänne-Tavastland)</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="36" />
            <source>Creates a workspace filled with SYNTHETIC demo data that resembles Päijät-Häme: ten municipalities with their Statistics Finland codes and rounded populations, a 1 km population grid with Statistics Finland's field names (grd_id, id_nro, xkoord, ykoord, kunta, vaesto, miehet, naiset, ika_0_14, ika_15_64, ika_65_; cells under 10 people have -1 in every field but vaesto), a road network (roads: speed_kmh, ajosuunta in Digiroad coding, toiminn_lk) with a few one-way streets and an island that no road reaches, simplified municipality polygons (municipalities), and premises with agency presence. The data are generated, not real: use them to learn the tools.

OUTPUT: the .gpkg file to create.
OVERWRITE: replace an existing file (default: no).
MUNICIPALITIES: optional comma-separated municipality codes to generate only part of the region (e.g. 398,098); default all ten.

The same parameters always give the same data.</source>
            <translation>Skapar en arbetsyta fylld med SYNTETISKA demodata som liknar Päijänne-Tavastland: tio kommuner med Statistikcentralens kommunkoder och avrundade folkmängder, ett befolkningsrutnät på 1 km med Statistikcentralens fältnamn (grd_id, id_nro, xkoord, ykoord, kunta, vaesto, miehet, naiset, ika_0_14, ika_15_64, ika_65_; i rutor med färre än 10 invånare är alla fält utom vaesto -1), ett vägnät (roads: speed_kmh, ajosuunta enligt Digiroads kodning, toiminn_lk) med några enkelriktade gator och en ö dit ingen väg leder, förenklade kommungränser (municipalities) samt lokaler och myndigheternas närvaro. Data är genererade, inte verkliga: använd dem för att lära dig verktygen.

OUTPUT: den .gpkg-fil som ska skapas.
OVERWRITE: ersätt en befintlig fil (standard: nej).
MUNICIPALITIES: valfria kommunkoder åtskilda med kommatecken för att generera bara en del av området (t.ex. 398,098); som standard alla tio.

Samma parametrar ger alltid samma data.</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="52" />
            <source>Demo workspace GeoPackage</source>
            <translation>Demoarbetsytans GeoPackage</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="52" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="57" />
            <source>Overwrite an existing file</source>
            <translation>Skriv över en befintlig fil</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="60" />
            <source>Municipality codes (comma-separated, empty = all)</source>
            <translation>Kommunkoder (åtskilda med kommatecken, tomt = alla)</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="66" />
            <source>Population grid cells</source>
            <translation>Befolkningsrutor</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="67" />
            <source>Road links</source>
            <translation>Väglänkar</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="68" />
            <source>Premises</source>
            <translation>Lokaler</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="69" />
            <source>Total population</source>
            <translation>Total befolkning</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="77" />
            <source>The demo workspace must be a GeoPackage file ending in .gpkg: {}</source>
            <translation>Demoarbetsytan måste vara en GeoPackage-fil som slutar på .gpkg: {}</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="84" />
            <source>Unknown demo municipality code(s): {}. The demo region has: {}.</source>
            <translation>Okänd kommunkod i demoområdet: {}. Demoområdet har: {}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="94" />
            <source>Created the SYNTHETIC demo workspace {}: {} grid cells, {} road links, {} premises.</source>
            <translation>Den SYNTETISKA demoarbetsytan {} skapades: {} befolkningsrutor, {} väglänkar, {} lokaler.</translation>
        </message>
    </context>
    <context>
        <name>Dependencies</name>
        <message>
            <location filename="../core/deps.py" line="224" />
            <source>This Debian or Ubuntu has shapely 1.8 only, and the shapely 2 wheel from PyPI clashes with the GEOS library QGIS uses (QGIS crashes): build it against the system GEOS, then restart QGIS: {}</source>
            <translation>Denna Debian eller Ubuntu har bara shapely 1.8, och shapely 2-paketet från PyPI krockar med GEOS-biblioteket som QGIS använder (QGIS kraschar): bygg det mot systemets GEOS och starta om QGIS: {}</translation>
        </message>
        <message>
            <location filename="../core/deps.py" line="228" />
            <source>The distribution's version is too old: install a newer one with pip for the Python that QGIS uses, then restart QGIS: {}</source>
            <translation>Distributionens version är för gammal: installera en nyare med pip i den Python som QGIS använder och starta om QGIS: {}</translation>
        </message>
        <message>
            <location filename="../core/deps.py" line="231" />
            <source>Install them from the distribution's packages (QGIS does not pull them in), then restart QGIS: {}</source>
            <translation>Installera dem från distributionens paket (QGIS drar inte in dem) och starta om QGIS: {}</translation>
        </message>
        <message>
            <location filename="../core/deps.py" line="234" />
            <source>Run the OSGeo4W installer again (Advanced Install) and add these packages, then restart QGIS: {}</source>
            <translation>Kör OSGeo4W-installationsprogrammet igen (Advanced Install), lägg till dessa paket och starta om QGIS: {}</translation>
        </message>
        <message>
            <location filename="../core/deps.py" line="237" />
            <source>The QGIS installer for Windows includes them: repair QGIS, or run in the OSGeo4W Shell installed with QGIS, then restart QGIS: {}</source>
            <translation>QGIS installationsprogram för Windows innehåller dem: reparera QGIS eller kör i det OSGeo4W Shell som installerades med QGIS och starta om QGIS: {}</translation>
        </message>
        <message>
            <location filename="../core/deps.py" line="240" />
            <source>The Flathub QGIS has neither: install them inside the flatpak, then restart QGIS: {}</source>
            <translation>QGIS från Flathub har ingetdera: installera dem inne i flatpaken och starta om QGIS: {}</translation>
        </message>
        <message>
            <location filename="../core/deps.py" line="243" />
            <source>Install them into the conda environment of QGIS, then restart QGIS: {}</source>
            <translation>Installera dem i QGIS conda-miljö och starta om QGIS: {}</translation>
        </message>
        <message>
            <location filename="../core/deps.py" line="245" />
            <source>Install them into the Python that QGIS uses, then restart QGIS: {}</source>
            <translation>Installera dem i den Python som QGIS använder och starta om QGIS: {}</translation>
        </message>
        <message>
            <location filename="../core/deps.py" line="253" />
            <source>{} (not installed)</source>
            <translation>{} (inte installerat)</translation>
        </message>
        <message>
            <location filename="../core/deps.py" line="254" />
            <source>{} ({} is installed)</source>
            <translation>{} (version {} är installerad)</translation>
        </message>
        <message>
            <location filename="../core/deps.py" line="261" />
            <source>{} needs {}.</source>
            <translation>{} behöver {}.</translation>
        </message>
        <message>
            <location filename="../core/deps.py" line="261" />
            <source>They need {}.</source>
            <translation>De behöver {}.</translation>
        </message>
        <message>
            <location filename="../processing/catalogue.py" line="142" />
            <source>{} with {}</source>
            <translation>{} med {}</translation>
        </message>
        <message>
            <location filename="../processing/catalogue.py" line="157" />
            <source>Some Palveluverkko tools cannot run: {}.</source>
            <translation>Några av Palveluverkkos verktyg kan inte köras: {}.</translation>
        </message>
    </context>
    <context>
        <name>FetchStatFiAlgorithm</name>
        <message>
            <location filename="../processing/alg_fetchstatfi.py" line="38" />
            <source>Fetch Statistics Finland data</source>
            <translation>Hämta data från Statistikcentralen</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchstatfi.py" line="59" />
            <source>Dataset</source>
            <translation>Datamängd</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchstatfi.py" line="61" />
            <source>Year</source>
            <translation>År</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchstatfi.py" line="64" />
            <source>Extent</source>
            <translation>Utbredning</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchstatfi.py" line="65" />
            <source>Statistics Finland data</source>
            <translation>Data från Statistikcentralen</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchstatfi.py" line="67" />
            <source>Number of features</source>
            <translation>Antal objekt</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchstatfi.py" line="84" />
            <source>Statistics Finland has no {dataset} for {year} ({typename}). Years available: {years}.</source>
            <translation>Statistikcentralen har ingen datamängd {dataset} för {year} ({typename}). Tillgängliga år: {years}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchstatfi.py" line="91" />
            <source>Fetching {typename} from {url} (licence CC BY 4.0).</source>
            <translation>Hämtar {typename} från {url} (licens CC BY 4.0).</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchstatfi.py" line="118" />
            <source>Could not write the licence and source into the metadata of {}.</source>
            <translation>Det gick inte att skriva licensen och källan i metadata för {}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchstatfi.py" line="41" />
            <source>Fetches open data of Statistics Finland (Tilastokeskus) from its WFS services, in EPSG:3067.

DATASET: population grid 1 km (vaestoruutu:vaki{YEAR}_1km), population grid 5 km (vaestoruutu:vaki{YEAR}_5km), municipalities (tilastointialueet:kunta1000k_{YEAR}) or regions (tilastointialueet:maakunta1000k_{YEAR}).
YEAR: the statistical year; a year the service does not have gives the list of years it has.
EXTENT (optional): only the features whose geometry meets this rectangle.

The source's field names are kept: grid cells have grd_id, kunta (municipality code), vaesto (inhabitants), miehet, naiset, ika_0_14, ika_15_64 and ika_65_; only inhabited cells exist, and in cells with fewer than 10 inhabitants every field except vaesto is -1 (masked). Boundaries have kunta or maakunta, vuosi, nimi (Finnish), namn (Swedish) and name (English).

Licence CC BY 4.0: the source and licence are written into the layer metadata. Result FEATURE_COUNT: the number of features written. Result COMPLETE: true when every feature arrived (the service is paged until it has sent them all); false, with a warning in the log, when the server cut its answer and does not page.</source>
            <translation>Hämtar Statistikcentralens öppna data från dess WFS-tjänster, i EPSG:3067.

DATASET: befolkningsrutnät 1 km (vaestoruutu:vaki{YEAR}_1km), befolkningsrutnät 5 km (vaestoruutu:vaki{YEAR}_5km), kommuner (tilastointialueet:kunta1000k_{YEAR}) eller landskap (tilastointialueet:maakunta1000k_{YEAR}).
YEAR: statistikåret; ett år som tjänsten saknar ger en lista över de år den har.
EXTENT (valfri): endast objekt vars geometri möter denna rektangel.

Källans fältnamn behålls: rutorna har grd_id, kunta (kommunkod), vaesto (invånare), miehet, naiset, ika_0_14, ika_15_64 och ika_65_; endast bebodda rutor finns, och i rutor med färre än 10 invånare är alla fält utom vaesto -1 (skyddade). Indelningarna har kunta eller maakunta, vuosi, nimi (finska), namn (svenska) och name (engelska).

Licens CC BY 4.0: källan och licensen skrivs in i lagrets metadata. Resultat FEATURE_COUNT: antalet skrivna objekt. Resultat COMPLETE: sant när varje objekt kom fram (tjänsten hämtas sida för sida tills den har skickat allt); falskt, med en varning i loggen, när servern kortade sitt svar och inte stöder sidindelning.</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchstatfi.py" line="68" />
            <source>All features arrived</source>
            <translation>Alla objekt kom fram</translation>
        </message>
    </context>
    <context>
        <name>FetchWfsAlgorithm</name>
        <message>
            <location filename="../processing/alg_fetchwfs.py" line="91" />
            <source>Fetch from WFS</source>
            <translation>Hämta från WFS</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchwfs.py" line="118" />
            <source>Service URL</source>
            <translation>Tjänstens URL</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchwfs.py" line="119" />
            <source>Feature type (typename)</source>
            <translation>Objekttyp (typename)</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchwfs.py" line="120" />
            <source>Service version</source>
            <translation>Tjänstens version</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchwfs.py" line="124" />
            <source>Extent</source>
            <translation>Utbredning</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchwfs.py" line="125" />
            <source>Target CRS</source>
            <translation>Målkoordinatsystem</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchwfs.py" line="127" />
            <source>Maximum number of features (0 = all)</source>
            <translation>Högsta antal objekt (0 = alla)</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchwfs.py" line="130" />
            <source>Authentication configuration</source>
            <translation>Autentiseringskonfiguration</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchwfs.py" line="132" />
            <source>Fetched features</source>
            <translation>Hämtade objekt</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchwfs.py" line="134" />
            <source>Number of features</source>
            <translation>Antal objekt</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchwfs.py" line="141" />
            <source>Give the address (URL) of the service.</source>
            <translation>Ange tjänstens adress (URL).</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchwfs.py" line="143" />
            <source>Give the feature type (TYPENAME) to fetch.</source>
            <translation>Ange objekttypen (TYPENAME) som ska hämtas.</translation>
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
            <translation>Hämtar objekten av en objekttyp från en webbobjekttjänst (WFS 1.0.0, 1.1.0 eller 2.0.0) eller en OGC API Features-tjänst via QGIS nätverksanslutningar (QGIS proxyinställningar och autentiseringshanterare används): stora lager hämtas sidvis och läses med GDAL; QGIS egen WFS/OAPIF-leverantör ger fälten och tar över där GDAL inte kan läsa svaren.

URL: tjänstens adress (en inklistrad GetCapabilities-adress fungerar också).
TYPENAME: objekttypen (WFS) eller samlingens id (OGC API Features), t.ex. vaestoruutu:vaki2023_1km.
VERSION: auto (den nyaste servern erbjuder), 1.0.0, 1.1.0, 2.0.0 eller OAPIF.
EXTENT (valfri): endast objekt vars geometri möter denna rektangel.
TARGET_CRS (standard EPSG:3067, ETRS-TM35FIN): resultatet projiceras om till detta koordinatsystem.
MAX_FEATURES: högst så här många objekt (0 = alla).
AUTHCFG (valfri): id för en autentiseringskonfiguration i QGIS för tjänster som kräver inloggning eller API-nyckel.

Från servrar som begränsar sina svar hämtas sida för sida tills lagret är komplett (serverns angivna maximum, dess antal matchande objekt och next-länkar avgör; se README, Fetch from WFS).

Källans fältnamn behålls. Felmeddelanden visar serverns eget meddelande. En avbruten eller misslyckad hämtning lämnar inget resultat. Resultat FEATURE_COUNT: antalet skrivna objekt. Resultat COMPLETE: sant när varje objekt i lagret (eller området) kom fram; falskt, med en varning i loggen om orsaken, när MAX_FEATURES stoppade hämtningen eller servern kortade sitt svar och inte stöder sidindelning.</translation>
        </message>
        <message>
            <location filename="../processing/alg_fetchwfs.py" line="135" />
            <source>All features arrived</source>
            <translation>Alla objekt kom fram</translation>
        </message>
    </context>
    <context>
        <name>FetchWfsDialog</name>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="9" />
            <source>Fetch from WFS</source>
            <translation>Hämta från WFS</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="15" />
            <source>Server</source>
            <translation>Server</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="20" />
            <source>Saved connection</source>
            <translation>Sparad anslutning</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="28" />
            <source>Save…</source>
            <translation>Spara…</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="33" />
            <source>Delete</source>
            <translation>Ta bort</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="38" />
            <source>URL</source>
            <translation>URL</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="50" />
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="58" />
            <source>Authentication</source>
            <translation>Autentisering</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="66" />
            <source>List feature types</source>
            <translation>Lista objekttyper</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="76" />
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="77" />
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="78" />
            <source>CRS</source>
            <translation>Koordinatsystem</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="88" />
            <source>Options</source>
            <translation>Alternativ</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="92" />
            <source>Extent (optional)</source>
            <translation>Utbredning (valfri)</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="100" />
            <source>Maximum number of features</source>
            <translation>Högsta antal objekt</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="105" />
            <source>All</source>
            <translation>Alla</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="111" />
            <source>Target CRS</source>
            <translation>Målkoordinatsystem</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="119" />
            <source>Add to project</source>
            <translation>Lägg till i projektet</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="125" />
            <source>Save into workspace</source>
            <translation>Spara i arbetsytan</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="130" />
            <source>Workspace</source>
            <translation>Arbetsyta</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="138" />
            <source>Table name</source>
            <translation>Tabellnamn</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="161" />
            <source>Fetch</source>
            <translation>Hämta</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.ui" line="166" />
            <source>Cancel fetch</source>
            <translation>Avbryt hämtningen</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.py" line="68" />
            <source>Whole layer</source>
            <translation>Hela lagret</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.py" line="78" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.py" line="116" />
            <source>Write the address of the service first.</source>
            <translation>Skriv först tjänstens adress.</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.py" line="117" />
            <source>Save connection</source>
            <translation>Spara anslutning</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.py" line="117" />
            <source>Name of the connection</source>
            <translation>Anslutningens namn</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.py" line="150" />
            <source>The service lists no feature types.</source>
            <translation>Tjänsten listar inga objekttyper.</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.py" line="166" />
            <source>The server does not tell the number of features in advance.</source>
            <translation>Servern anger inte antalet objekt i förväg.</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.py" line="168" />
            <source>{count} features in {typename}.</source>
            <translation>{count} objekt i {typename}.</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.py" line="182" />
            <source>List the feature types of a service and choose one first.</source>
            <translation>Lista först tjänstens objekttyper och välj en.</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.py" line="185" />
            <source>Choose where the features go: add to project, save into workspace, or both.</source>
            <translation>Välj vart objekten ska: till projektet, till arbetsytan eller båda.</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.py" line="203" />
            <source>The table name must be letters, digits and _ (not a workspace table name).</source>
            <translation>Tabellnamnet får bara innehålla bokstäver, siffror och _ (inte namnet på en av arbetsytans tabeller).</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.py" line="249" />
            <source>Cancelled: nothing was written.</source>
            <translation>Avbrutet: ingenting skrevs.</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.py" line="251" />
            <source>The fetch failed; see the Processing log.</source>
            <translation>Hämtningen misslyckades; se Processing-loggen.</translation>
        </message>
        <message>
            <location filename="../dialogs/fetch_wfs.py" line="261" />
            <source>Fetched {count} features of {typename}.</source>
            <translation>Hämtade {count} objekt från {typename}.</translation>
        </message>
    </context>
    <context>
        <name>GrantScopeAlgorithm</name>
        <message>
            <location filename="../processing/alg_grantscope.py" line="32" />
            <source>Grant editor scope (PostGIS)</source>
            <translation>Bevilja redigeringsomfång (PostGIS)</translation>
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
            <translation>Ger en databasroll rätt att redigera en del av en databasarbetsyta, eller tar bort den.

CONNECTION, SCHEMA: databasarbetsytan (skapad med 'Skapa databasarbetsyta'). Endast schemats ägare kan köra detta.
ROLE: en befintlig inloggningsroll (en databasadministratör skapar den).
AGENCIES: myndighetskoder vars närvarorader rollen får redigera, åtskilda med kommatecken (tomt: vilken myndighet som helst).
MUNICIPALITIES: kommunkoder (t.ex. 398 för Lahtis) för de lokaler vars rader rollen får redigera, åtskilda med kommatecken (tomt: vilken kommun som helst).
CAN_EDIT_PREMISES: rollen får även lägga till, ändra och radera lokaler i dessa kommuner.
REVOKE: ta i stället bort dessa omfångsrader (med AGENCIES och MUNICIPALITIES tomma: alla rollens rader); en roll som blir utan rader tas bort ur &lt;schema&gt;_editor.

Beviljandet lägger till rollen i &lt;schema&gt;_editor och skriver en editor_scope-rad per myndighet och kommun. Databasen avvisar varje skrivning utanför rollens omfång med ett meddelande som namnger rollen och det omfång som saknas.
Resultat: SCOPE_ROWS, antalet omfångsrader rollen har efteråt.</translation>
        </message>
        <message>
            <location filename="../processing/alg_grantscope.py" line="56" />
            <source>Database role</source>
            <translation>Databasroll</translation>
        </message>
        <message>
            <location filename="../processing/alg_grantscope.py" line="57" />
            <source>Agency codes (empty: any)</source>
            <translation>Myndighetskoder (tomt: vilken som helst)</translation>
        </message>
        <message>
            <location filename="../processing/alg_grantscope.py" line="59" />
            <source>Municipality codes (empty: any)</source>
            <translation>Kommunkoder (tomt: vilken som helst)</translation>
        </message>
        <message>
            <location filename="../processing/alg_grantscope.py" line="61" />
            <source>May edit premises</source>
            <translation>Får redigera lokaler</translation>
        </message>
        <message>
            <location filename="../processing/alg_grantscope.py" line="63" />
            <source>Revoke instead of grant</source>
            <translation>Återkalla i stället för att bevilja</translation>
        </message>
        <message>
            <location filename="../processing/alg_grantscope.py" line="65" />
            <source>Scope rows of the role</source>
            <translation>Rollens omfångsrader</translation>
        </message>
        <message>
            <location filename="../processing/alg_grantscope.py" line="71" />
            <source>Give the database role to grant the scope to.</source>
            <translation>Ange databasrollen som omfånget beviljas.</translation>
        </message>
        <message>
            <location filename="../processing/alg_grantscope.py" line="80" />
            <source>The role {} has {} editor scope row(s) in {}.</source>
            <translation>Rollen {} har {} redigeringsomfångsrad(er) i {}.</translation>
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
            <translation>Importera lokaler</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpremises.py" line="47" />
            <source>Adds premises from any layer (for example one just fetched from an organisation's WFS) into the premises table of a workspace, or updates them.

INPUT: points, or polygons (a point inside each polygon is used), in any CRS (reprojected to EPSG:3067).
WORKSPACE: the premises layer of a Palveluverkko workspace.
FIELD_MAP: the source field of each premises field, as premises_field=source_field separated by semicolons, e.g. premises_id=tunnus; name=nimi; floor_area_m2=pinta_ala. premises_id must be mapped. Left empty, source fields with the same names as premises fields are used. Unmapped fields are left empty in new premises and unchanged in updated ones.

A feature whose premises_id exists already updates that premises; others are added. Rejected, with the reason in OUTPUT_REJECTED: features with no id, with no geometry, with values that do not fit (a number, date, yes/no or three-digit municipality code), and every feature whose id occurs more than once in the input. Never creates duplicate premises; if writing fails, nothing is changed.

Results: INSERTED, UPDATED, REJECTED (counts) and OUTPUT_REJECTED (source_fid, premises_id, reason).</source>
            <translation>Lägger till lokaler från vilket lager som helst (till exempel ett som just hämtats från en organisations WFS) i arbetsytans premises-tabell, eller uppdaterar dem.

INPUT: punkter eller ytor (en punkt inuti varje yta används), i valfritt koordinatsystem (projiceras om till EPSG:3067).
WORKSPACE: premises-lagret i en Palveluverkko-arbetsyta.
FIELD_MAP: källfältet för varje lokalfält, som lokalfält=källfält åtskilda med semikolon, t.ex. premises_id=tunnus; name=nimi; floor_area_m2=pinta_ala. premises_id måste anges. Lämnas det tomt används källfält med samma namn som lokalfälten. Fält som inte anges lämnas tomma i nya lokaler och oförändrade i uppdaterade.

Ett objekt vars premises_id redan finns uppdaterar den lokalen; övriga läggs till. Avvisas, med orsaken i OUTPUT_REJECTED: objekt utan id, utan geometri eller med värden som inte passar (ett tal, ett datum, ja/nej eller en tresiffrig kommunkod), samt varje objekt vars id förekommer mer än en gång i indata. Skapar aldrig dubbla lokaler; om skrivningen misslyckas ändras ingenting.

Resultat: INSERTED, UPDATED, REJECTED (antal) och OUTPUT_REJECTED (source_fid, premises_id, reason).</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpremises.py" line="66" />
            <source>Premises to import</source>
            <translation>Lokaler att importera</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpremises.py" line="70" />
            <source>Workspace premises layer</source>
            <translation>Arbetsytans lokallager</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpremises.py" line="72" />
            <source>Field map (premises_field=source_field; …)</source>
            <translation>Fältmappning (lokalfält=källfält; …)</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpremises.py" line="74" />
            <source>Rejected features</source>
            <translation>Avvisade objekt</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpremises.py" line="76" />
            <source>Premises added</source>
            <translation>Tillagda lokaler</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpremises.py" line="76" />
            <source>Premises updated</source>
            <translation>Uppdaterade lokaler</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpremises.py" line="76" />
            <source>Features rejected</source>
            <translation>Avvisade objekt</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpremises.py" line="87" />
            <source>The premises layer has unsaved edits. Save or discard them first, then import.</source>
            <translation>Lokallagret har osparade ändringar. Spara eller förkasta dem först och importera sedan.</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpremises.py" line="96" />
            <source>Field map: {}</source>
            <translation>Fältmappning: {}</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpremises.py" line="104" />
            <source>Cancelled: nothing was written.</source>
            <translation>Avbrutet: ingenting skrevs.</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpremises.py" line="123" />
            <source>Added {}, updated {}, rejected {}.</source>
            <translation>Tillagda {}, uppdaterade {}, avvisade {}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpremises.py" line="143" />
            <source>WORKSPACE must be the premises layer of a workspace GeoPackage.</source>
            <translation>WORKSPACE måste vara premises-lagret i en arbetsyte-GeoPackage.</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpremises.py" line="151" />
            <source>WORKSPACE must be the premises layer of the workspace, not {}.</source>
            <translation>WORKSPACE måste vara arbetsytans premises-lager, inte {}.</translation>
        </message>
    </context>
    <context>
        <name>ImportPresenceAlgorithm</name>
        <message>
            <location filename="../processing/alg_importpresence.py" line="125" />
            <source>Import agency presence</source>
            <translation>Importera myndigheternas närvaro</translation>
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
            <translation>Lägger till eller uppdaterar rader om myndigheternas närvaro, som matchas med paret (premises_id, agency).

INPUT: en tabell (CSV eller vilket lager som helst) med fälten premises_id, agency och mode samt valfritt days_per_week, annual_visits och notes (fältnamnen oberoende av skiftläge). Myndighetskoderna matchas oberoende av skiftläge och lagras med versaler; sättet (mode) är staff (egen personal), appointment (tidsbokning) eller remote (distansservice). Ett tomt days_per_week (0–5) eller annual_visits (ett heltal, minst 0) betyder att värdet är okänt.
TARGET: lagret agency_presence som det skrivs till.
PREMISES: lokallagret vars premises_id-värden är giltiga (standard: tabellen premises i samma arbetsyta som TARGET).
OUTPUT_REJECTED: de avvisade raderna med sina indatafält och en orsak (reason): unknown premises (okänd lokal), unknown agency (okänd myndighet), bad mode (felaktigt sätt), days out of range (dagarna inte mellan 0 och 5), bad annual_visits (felaktigt antal besök) eller duplicate (raden upprepar ett tidigare par premises_id och agency i samma indata); flera orsaker skiljs åt med '; '.

En myndighet vars giltighet i registret har upphört godtas med en varning. Inget till hälften: de giltiga raderna skrivs i en enda transaktion (eller, om TARGET redigeras, som ett steg som kan ångras i dess redigeringsbuffert, som du själv sparar), eller så skrivs ingenting.
Resultat: INSERTED, UPDATED och REJECTED, antalet tillagda, uppdaterade och avvisade rader.</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="69" />
            <source>Presence table to import</source>
            <translation>Närvarotabell att importera</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="71" />
            <source>Agency presence layer (target)</source>
            <translation>Lager för myndigheternas närvaro (mål)</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="73" />
            <source>Premises layer (default: the workspace's premises)</source>
            <translation>Lokallager (standard: arbetsytans tabell premises)</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="78" />
            <source>Rejected rows</source>
            <translation>Avvisade rader</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="78" />
            <source>Inserted rows</source>
            <translation>Tillagda rader</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="78" />
            <source>Updated rows</source>
            <translation>Uppdaterade rader</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="87" />
            <source>Give the PREMISES layer: the target {} is not in a workspace GeoPackage, so its premises table cannot be found.</source>
            <translation>Ange lagret PREMISES: mållagret {} ligger inte i en arbetsytas GeoPackage, så dess lokaltabell hittas inte.</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="92" />
            <source>The premises layer has no premises_id field.</source>
            <translation>Lokallagret har inget fält premises_id.</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="152" />
            <source>The input table has no field(s) {}. It needs premises_id, agency and mode, and may have days_per_week, annual_visits and notes.</source>
            <translation>Indatatabellen saknar fältet eller fälten {}. Den måste ha premises_id, agency och mode och kan ha days_per_week, annual_visits och notes.</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="119" />
            <source>The agency {} ended on {} in the registry; its rows were imported anyway.</source>
            <translation>Myndigheten {} upphörde {} enligt registret; dess rader importerades ändå.</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="129" />
            <source>Inserted {}, updated {}, rejected {} row(s).</source>
            <translation>Tillagda {}, uppdaterade {}, avvisade {} rader.</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="132" />
            <source>The layer {} is being edited: the rows are in its edit buffer (one undoable step). Save the layer's edits to keep them.</source>
            <translation>Lagret {} redigeras: raderna finns i dess redigeringsbuffert (ett steg som kan ångras). Spara lagrets ändringar för att behålla dem.</translation>
        </message>
    </context>
    <context>
        <name>LocationAllocationAlgorithm</name>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="81" />
            <source>Location-allocation (choose service points)</source>
            <translation>Lokalisering och allokering (val av servicepunkter)</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="135" />
            <source>Candidate service points</source>
            <translation>Kandidater till servicepunkter</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="137" />
            <source>Candidate id field (default: feature id)</source>
            <translation>Kandidatens id-fält (standard: objektets id)</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="140" />
            <source>Required candidates (expression, e.g. "is_fixed")</source>
            <translation>Obligatoriska kandidater (uttryck, t.ex. "is_fixed")</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="145" />
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="145" />
            <source>Maximal coverage: P points covering the most population within the cutoff</source>
            <translation>Maximal täckning: P punkter med flest invånare inom gränsvärdet</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="145" />
            <source>P-median: P points with the least population-weighted travel cost</source>
            <translation>P-median: P punkter med minst befolkningsviktad restid</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="145" />
            <source>Fewest points reaching the coverage target</source>
            <translation>Minst antal punkter som når täckningsmålet</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="152" />
            <source>Number of points P (required ones included)</source>
            <translation>Antal punkter P (obligatoriska medräknade)</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="155" />
            <source>Cutoff (minutes by road, km by straight line)</source>
            <translation>Gränsvärde (minuter längs vägnätet, km fågelvägen)</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="158" />
            <source>Coverage target (% of the reachable population, fewest points)</source>
            <translation>Täckningsmål (% av den nåbara befolkningen, minst antal punkter)</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="161" />
            <source>Solver</source>
            <translation>Lösare</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="161" />
            <source>Heuristic (greedy and swaps)</source>
            <translation>Heuristik (girigt val och byten)</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="161" />
            <source>Exact (integer program, small problems)</source>
            <translation>Exakt (heltalsprogram, små problem)</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="165" />
            <source>Candidates with the choice</source>
            <translation>Kandidater med valet</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="167" />
            <source>Demand allocated to the chosen points</source>
            <translation>Efterfrågan tilldelad de valda punkterna</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="172" />
            <source>Objective value</source>
            <translation>Målfunktionens värde</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="172" />
            <source>Population within the cutoff</source>
            <translation>Befolkning inom gränsvärdet</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="172" />
            <source>Population-weighted mean cost</source>
            <translation>Befolkningsviktad genomsnittlig restid</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="172" />
            <source>Number of chosen points</source>
            <translation>Antal valda punkter</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="172" />
            <source>Reachable population</source>
            <translation>Nåbar befolkning</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="172" />
            <source>Unreachable population</source>
            <translation>Befolkning som inte kan nås</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="172" />
            <source>Population no chosen point reaches</source>
            <translation>Befolkning som ingen vald punkt når</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="180" />
            <source>Proven optimal</source>
            <translation>Bevisat optimal</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="194" />
            <source>COVERAGE_TARGET must be a percentage above 0 and at most 100 (it is {}).</source>
            <translation>COVERAGE_TARGET måste vara ett procenttal större än 0 och högst 100 (nu {}).</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="197" />
            <source>CUTOFF must be a positive number.</source>
            <translation>CUTOFF måste vara ett positivt tal.</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="309" />
            <source>The CANDIDATES layer has no points.</source>
            <translation>Kandidatlagret CANDIDATES har inga punkter.</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="313" />
            <source>P ({}) is larger than the number of candidates ({}).</source>
            <translation>P ({}) är större än antalet kandidater ({}).</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="320" />
            <source>P ({}) is smaller than the number of required candidates ({}); P counts the required ones too.</source>
            <translation>P ({}) är mindre än antalet obligatoriska kandidater ({}); P omfattar även de obligatoriska.</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="326" />
            <source>Reachable population {}, unreachable {} (left out of the objective).</source>
            <translation>Nåbar befolkning {}, ej nåbar {} (lämnad utanför målfunktionen).</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="329" />
            <source>{} residents can reach a candidate but none of the chosen points (another part of the network).</source>
            <translation>{} invånare når en kandidat men ingen av de valda punkterna (en annan del av nätet).</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="333" />
            <source>Exact solver: optimality {}.</source>
            <translation>Exakt lösare: optimalitet {}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="333" />
            <source>proven</source>
            <translation>bevisad</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="333" />
            <source>not proven</source>
            <translation>inte bevisad</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="336" />
            <source>Heuristic: {} swaps after the greedy start.</source>
            <translation>Heuristik: {} byten efter den giriga starten.</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="337" />
            <source>Chosen {} points; population within the cutoff {}; mean cost {} {}.</source>
            <translation>Valde {} punkter; befolkning inom gränsvärdet {}; genomsnittlig restid {} {}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="291" />
            <source>Times (s): reading and network {:.1f}, reachability {:.1f}, costs and solving {:.1f}, allocation and writing {:.1f}.</source>
            <translation>Tider (s): läsning och nät {:.1f}, nåbarhet {:.1f}, restider och lösning {:.1f}, allokering och skrivning {:.1f}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="145" />
            <source>Least-cost coverage: the cheapest points reaching the coverage target</source>
            <translation>Billigaste täckning: de billigaste punkterna som når täckningsmålet</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="145" />
            <source>P-center: P points with the shortest longest trip</source>
            <translation>P-center: P punkter med den kortaste längsta resan</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="268" />
            <source>MIN_POPULATION_WITHIN {:g} leaves {} candidates that can be chosen, fewer than P ({}).</source>
            <translation>MIN_POPULATION_WITHIN {:g} lämnar {} kandidater som kan väljas, färre än P ({}).</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="274" />
            <source>The required candidates cost {:g} together, more than the BUDGET {:g} by {:g}.</source>
            <translation>De obligatoriska kandidaterna kostar tillsammans {:g}, mer än BUDGET {:g} med {:g}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_locationallocation.py" line="316" />
            <source>P must be at least 1; P = 0 (as many points as the budget allows) needs a BUDGET with PROBLEM 0 or 1.</source>
            <translation>P måste vara minst 1; P = 0 (så många punkter som budgeten tillåter) kräver en BUDGET med PROBLEM 0 eller 1.</translation>
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
            <translation>Väljer vilka kandidater som blir servicepunkter.

CANDIDATES: kandidatpunkter (dagens lokaler och nya platser); CANDIDATE_ID: deras unika identifierare (standard objektets id). REQUIRED: valfritt uttryck för kandidaterna (t.ex. "is_fixed"); de väljs alltid och räknas in i P.
DEMAND: punkter eller polygoner (en polygon räknas i sin centroid eller i en punkt på ytan); POPULATION: invånare (NULL och negativa räknas som 0).
METHOD, NETWORK, SPEED_FIELD, DEFAULT_SPEED, DIRECTION_FIELD, MAX_SNAP_DISTANCE: restid som i Upptagningsområden (km fågelvägen, minuter längs vägnätet).
PROBLEM: 0 maximal täckning (P punkter med flest invånare inom CUTOFF), 1 p-median (P punkter som minimerar den befolkningsviktade restiden till närmaste valda punkt), 2 minst antal punkter (minsta antalet punkter, obligatoriska medräknade, som placerar minst COVERAGE_TARGET procent av den nåbara befolkningen inom CUTOFF; P används inte).
P: antal punkter (obligatoriska medräknade). CUTOFF: standard 60. COVERAGE_TARGET: procent, standard 100.
SOLVER: 0 heuristik (girig start som förbättras med byten tills inget byte hjälper; vid lika värden går valet till den kandidat som kommer först, så körningarna upprepas lika), 1 exakt (heltalsprogram som löses med SciPys MILP-lösare med ett relativt gap på högst 1e-9; för stora problem avvisas, och meddelandet anger storleksgränsen).

Efterfrågan som ingen kandidat når lämnas utanför alla målfunktioner och rapporteras. OUTPUT: kandidaterna med chosen, required (0/1), order (steget då punkten läggs till när de valda punkterna läggs till en i taget, den bästa först), population (betjänad befolkning) och pop_within (den del av befolkningen som tilldelats punkten och ligger inom CUTOFF). OUTPUT_DEMAND: efterfrågan med facility och cost till närmaste valda punkt (NULL när ingen når den).
Resultatvärden: OBJECTIVE (täckt befolkning, total befolkningsviktad restid eller antal punkter), COVERED_POPULATION (restid till närmaste valda punkt &lt;= CUTOFF), MEAN_COST (befolkningsviktad över den nåbara efterfrågan som någon vald punkt når), FACILITIES, OPTIMAL (sant endast när den exakta lösaren har bevisat optimalitet), REACHABLE_POPULATION, UNREACHABLE_POPULATION och UNSERVED_POPULATION (nås av någon kandidat men inte av någon vald punkt).

PROBLEM 3 billigaste täckning: de punkter vars sammanlagda COST_FIELD (obligatoriska medräknade) är minst och som placerar minst COVERAGE_TARGET procent av den nåbara befolkningen inom CUTOFF; bland lika dyra uppsättningar den som täcker mest; P används inte. PROBLEM 4 p-center: P punkter som minimerar den längsta restiden från en invånare (befolkning &gt; 0) till närmaste valda punkt; bland dem den med minst befolkningsviktad medelrestid.
COST_FIELD: kandidaternas numeriska fält, t.ex. annual_cost_eur (krävs av PROBLEM 3 och BUDGET; NULL eller negativt för en kandidat som kan väljas är ett fel). BUDGET (standard 0 = ingen): med PROBLEM 0 eller 1 får de valda punkternas sammanlagda COST_FIELD inte överskrida den; P = 0 betyder då så många punkter som budgeten tillåter, P &gt; 0 är en övre gräns. CAPACITY_FIELD (besök per år som en punkt kan ta emot) och VISIT_RATE (besök per invånare och år, standard 1,0): med PROBLEM 0 eller 1 betjänar en vald punkt högst CAPACITY_FIELD / VISIT_RATE invånare och ett efterfrågeobjekt kan delas mellan punkter (maximal täckning med kapacitet; p-median med kapacitet, där varje nåbar invånare måste betjänas). MIN_POPULATION_WITHIN (standard 0; den nationella regeln är 10000): en kandidat med färre invånare inom CUTOFF (all efterfrågan räknad) kan inte väljas; en obligatorisk behålls med en varning.
OUTPUT har också pop_within_reach (invånare inom CUTOFF från kandidaten) och eligible (0/1); med kapacitet även capacity_pop, load (betjänade invånare) och utilisation (procent). OUTPUT_ASSIGNMENT (valfritt): en rad per efterfrågeobjekt och betjänande punkt med demand_fid, facility, population (den betjänade delen) och cost; med kapacitet är facility i OUTPUT_DEMAND den punkt som betjänar den största delen. Resultatvärdena TOTAL_COST (summan av COST_FIELD för de valda punkterna; NULL utan COST_FIELD) och MAX_COST (den längsta restiden för en betjänad invånare); OBJECTIVE är TOTAL_COST för PROBLEM 3 och MAX_COST för PROBLEM 4.</translation>
        </message>
    </context>
    <context>
        <name>LocationInputs</name>
        <message>
            <location filename="../processing/locationinputs.py" line="70" />
            <source>The DEMAND layer {} has no population field {}.</source>
            <translation>Efterfrågelagret DEMAND {} har inget befolkningsfält {}.</translation>
        </message>
        <message>
            <location filename="../processing/locationinputs.py" line="74" />
            <source>The population field {} of the DEMAND layer is not numeric.</source>
            <translation>Befolkningsfältet {} i efterfrågelagret DEMAND är inte numeriskt.</translation>
        </message>
        <message>
            <location filename="../processing/locationinputs.py" line="80" />
            <source>The DEMAND layer {} is empty.</source>
            <translation>Efterfrågelagret DEMAND {} är tomt.</translation>
        </message>
        <message>
            <location filename="../processing/locationinputs.py" line="84" />
            <source>{} demand features had a NULL or negative population; they count as 0.</source>
            <translation>{} efterfrågeobjekt hade en befolkning som var NULL eller negativ; de räknas som 0.</translation>
        </message>
        <message>
            <location filename="../processing/locationinputs.py" line="88" />
            <source>Skipped {} demand features with an empty or invalid geometry.</source>
            <translation>Hoppade över {} efterfrågeobjekt med tom eller ogiltig geometri.</translation>
        </message>
        <message>
            <location filename="../processing/locationinputs.py" line="107" />
            <source>The {} layer has no field {}.</source>
            <translation>Lagret {} har inget fält {}.</translation>
        </message>
        <message>
            <location filename="../processing/locationinputs.py" line="111" />
            <source>The {} layer {} has no points.</source>
            <translation>Lagret {} ({}) har inga punkter.</translation>
        </message>
        <message>
            <location filename="../processing/locationinputs.py" line="145" />
            <source>The expression {} is not valid: {}</source>
            <translation>Uttrycket {} är ogiltigt: {}</translation>
        </message>
        <message>
            <location filename="../processing/locationinputs.py" line="119" />
            <source>The expression {} failed on the {} layer: {}</source>
            <translation>Uttrycket {} kunde inte beräknas i lagret {}: {}</translation>
        </message>
        <message>
            <location filename="../processing/locationinputs.py" line="123" />
            <source>The {} layer has features with an empty id in field {}.</source>
            <translation>Lagret {} har objekt med tom identifierare i fältet {}.</translation>
        </message>
        <message>
            <location filename="../processing/locationinputs.py" line="128" />
            <source>The {} layer has duplicate ids in field {}: {}. Ids must be unique.</source>
            <translation>Lagret {} har dubbletter av identifierare i fältet {}: {}. Identifierarna måste vara unika.</translation>
        </message>
        <message>
            <location filename="../processing/locationinputs.py" line="132" />
            <source>Skipped {} features of the {} layer with an empty or invalid geometry.</source>
            <translation>Hoppade över {} objekt i lagret {} med tom eller ogiltig geometri.</translation>
        </message>
    </context>
    <context>
        <name>PalveluverkkoAlgorithm</name>
        <message>
            <location filename="../processing/base.py" line="86" />
            <source>Workspace</source>
            <translation>Arbetsyta</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="87" />
            <source>Catchments and accessibility</source>
            <translation>Upptagningsområden och tillgänglighet</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="88" />
            <source>Suitability and location</source>
            <translation>Lämplighet och lokalisering</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="89" />
            <source>Agency presence</source>
            <translation>Myndigheternas närvaro</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="90" />
            <source>Data sources</source>
            <translation>Datakällor</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="91" />
            <source>Reports</source>
            <translation>Rapporter</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="92" />
            <source>Models</source>
            <translation>Modeller</translation>
        </message>
    </context>
    <context>
        <name>PalveluverkkoPlugin</name>
        <message>
            <location filename="../plugin.py" line="60" />
            <source>Create workspace…</source>
            <translation>Skapa arbetsyta…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="63" />
            <source>Open workspace…</source>
            <translation>Öppna arbetsyta…</translation>
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
            <translation>Öppna arbetsyta</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="185" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="68" />
            <source>Agency presence editor…</source>
            <translation>Redigerare för myndigheternas närvaro…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="71" />
            <source>Agency presence matrix…</source>
            <translation>Matris över myndigheternas närvaro…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="73" />
            <source>Fetch from WFS…</source>
            <translation>Hämta från WFS…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="75" />
            <source>Help: getting started</source>
            <translation>Hjälp: kom igång</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="114" />
            <source>Details</source>
            <translation>Detaljer</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="65" />
            <source>Open database workspace (PostGIS)…</source>
            <translation>Öppna databasarbetsyta (PostGIS)…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="207" />
            <source>There is no saved PostgreSQL connection. Add one in the Browser panel (PostgreSQL &gt; New Connection) first.</source>
            <translation>Det finns ingen sparad PostgreSQL-anslutning. Lägg först till en i panelen Bläddrare (PostgreSQL &gt; Ny anslutning).</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="216" />
            <source>Open database workspace</source>
            <translation>Öppna databasarbetsyta</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="211" />
            <source>PostgreSQL connection</source>
            <translation>PostgreSQL-anslutning</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="216" />
            <source>Workspace schema</source>
            <translation>Arbetsytans schema</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="60" />
            <source>Create a new workspace GeoPackage for premises and agency presence</source>
            <translation>Skapa en ny arbetsyta (GeoPackage) för lokaler och myndigheternas närvaro</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="63" />
            <source>Add the layers of a workspace GeoPackage to the project</source>
            <translation>Lägg till lagren i en arbetsyta (GeoPackage) i projektet</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="65" />
            <source>Add the layers of a shared PostGIS workspace to the project</source>
            <translation>Lägg till lagren i en delad PostGIS-arbetsyta i projektet</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="68" />
            <source>Edit which agencies serve in a premises, and how (a dock beside the map)</source>
            <translation>Redigera vilka myndigheter som betjänar i en lokal och hur (en panel bredvid kartan)</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="71" />
            <source>Every premises against every agency in one table</source>
            <translation>Alla lokaler mot alla myndigheter i en tabell</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="73" />
            <source>Download a layer from a WFS service into a file</source>
            <translation>Ladda ner ett lager från en WFS-tjänst till en fil</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="75" />
            <source>Open the getting-started guide in the web browser</source>
            <translation>Öppna kom-igång-guiden i webbläsaren</translation>
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
            <translation>Palveluverkko: planering av det gemensamma kundtjänstnätet</translation>
        </message>
    </context>
    <context>
        <name>PremisesCriteriaAlgorithm</name>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="54" />
            <source>Derive criteria for premises</source>
            <translation>Härled kriterier för lokaler</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="83" />
            <source>Premises</source>
            <translation>Lokaler</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="86" />
            <source>Premises identifier field</source>
            <translation>Lokalens identifierande fält</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="89" />
            <source>Agency presence table</source>
            <translation>Tabell över myndigheternas närvaro</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="91" />
            <source>Demand (population points or polygons)</source>
            <translation>Efterfrågan (befolkningspunkter eller -polygoner)</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="94" />
            <source>Population field</source>
            <translation>Befolkningsfält</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="98" />
            <source>Cut-off (km for straight line, minutes for road network)</source>
            <translation>Gräns (km fågelvägen, minuter i vägnätet)</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="101" />
            <source>Centre areas</source>
            <translation>Centrumområden</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="103" />
            <source>Public transport stops</source>
            <translation>Hållplatser för kollektivtrafik</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="105" />
            <source>Premises with criteria</source>
            <translation>Lokaler med kriterier</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="106" />
            <source>Premises too far from the road network</source>
            <translation>Lokaler för långt från vägnätet</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="127" />
            <source>The presence table has no field {field}; it needs premises_id, agency, mode and annual_visits (the agency_presence table of the workspace).</source>
            <translation>Närvarotabellen saknar fältet {field}; den behöver premises_id, agency, mode och annual_visits (arbetsytans tabell agency_presence).</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="136" />
            <source>{count} presence rows refer to premises that are not in PREMISES; they are left out.</source>
            <translation>{count} närvarorader hänvisar till lokaler som inte finns i PREMISES; de utelämnas.</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="147" />
            <source>The DEMAND layer has no field {field}.</source>
            <translation>DEMAND-lagret saknar fältet {field}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="156" />
            <source>The population field {field} has a value that is not a number.</source>
            <translation>Befolkningsfältet {field} har ett värde som inte är ett tal.</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="159" />
            <source>Population: {nulls} NULL and {negative} negative (masked) values counted as 0.</source>
            <translation>Befolkning: {nulls} NULL-värden och {negative} negativa (maskerade) värden räknades som 0.</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="164" />
            <source>No population field: every demand feature counts as 1.</source>
            <translation>Inget befolkningsfält: varje efterfrågeobjekt räknas som 1.</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="166" />
            <source>Skipped {count} demand features without a usable geometry.</source>
            <translation>Hoppade över {count} efterfrågeobjekt utan användbar geometri.</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="176" />
            <source>{count} premises are farther than MAX_SNAP_DISTANCE from the road network; their pop_within is NULL.</source>
            <translation>{count} lokaler ligger längre än MAX_SNAP_DISTANCE från vägnätet; deras pop_within är NULL.</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="179" />
            <source>Population within {cutoff:g} {unit}: total demand {total:.0f}.</source>
            <translation>Befolkning inom {cutoff:g} {unit}: total efterfrågan {total:.0f}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="227" />
            <source>The premises layer has no field {field}: choose its identifier field as PREMISES_ID.</source>
            <translation>Lokallagret saknar fältet {field}: välj dess identifierande fält som PREMISES_ID.</translation>
        </message>
        <message>
            <location filename="../processing/alg_premisescriteria.py" line="194" />
            <source>{count} premises have no geometry; their distance criteria are NULL.</source>
            <translation>{count} lokaler saknar geometri; deras avståndskriterier är NULL.</translation>
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
            <translation>Lägger till numeriska kriterier för lokalerna inför lämplighetsrangordningen.

PREMISES: punkter eller polygoner med ett identifierande fält PREMISES_ID (standard premises_id); en polygon står i sin tyngdpunkt, eller i en punkt på sin yta när tyngdpunkten ligger utanför den.
PRESENCE (valfri): tabellen agency_presence (premises_id, agency, mode, annual_visits).
DEMAND (valfri): befolkningspunkter eller -polygoner (t.ex. befolkningsrutnätet) med fältet POPULATION (t.ex. vaesto; NULL och negativa maskerade värden räknas som 0; utan fält räknas varje objekt som 1).
METHOD, NETWORK, SPEED_FIELD, DEFAULT_SPEED, DIRECTION_FIELD, MAX_SNAP_DISTANCE: resekostnaden, som i algoritmen för upptagningsområden: 0 fågelvägen (km), 1 vägnät (minuter).
CUTOFF (standard 60): den största kostnaden, i km eller minuter.
CENTRES (valfri): polygoner för centrumområden (t.ex. SYKE:s centrumområden). STOPS (valfri): hållplatser för kollektivtrafik.

OUTPUT: lokalerna med tillagda fält:
pop_within: befolkningen vars kostnad till lokalen är högst CUTOFF, varje lokal för sig (överlappande områden räknas för varje lokal; regeln om 10 000 invånare läser detta fält); NULL när lokalen ligger längre än MAX_SNAP_DISTANCE från vägnätet;
agencies_staff (myndigheter med egen personal), agencies_total (myndigheter i vilken form som helst) och visits_total (summan av annual_visits), när PRESENCE anges;
in_centre (1 inom eller på gränsen till ett centrumområde, annars 0) och dist_centre_m (meter till närmaste centrumområde, 0 inom), när CENTRES anges;
dist_stop_m (meter till närmaste hållplats), när STOPS anges.

Många lokaler i ett stort vägnät söks i omgångar, så att minnesanvändningen hålls begränsad.</translation>
        </message>
    </context>
    <context>
        <name>PremisesImport</name>
        <message>
            <location filename="../core/presence/premises_import.py" line="65" />
            <source>Cannot read '{item}' in the field map: write premises_field=source_field, separated by semicolons, e.g. premises_id=id; name=nimi.</source>
            <translation>Det går inte att läsa '{item}' i fältmappningen: skriv lokalfält=källfält åtskilda med semikolon, t.ex. premises_id=id; name=nimi.</translation>
        </message>
        <message>
            <location filename="../core/presence/premises_import.py" line="74" />
            <source>The field map names {unknown}, which are not premises fields. The premises fields are: {fields}.</source>
            <translation>Fältmappningen nämner {unknown}, som inte är lokalfält. Lokalfälten är: {fields}.</translation>
        </message>
        <message>
            <location filename="../core/presence/premises_import.py" line="79" />
            <source>The input layer has no field(s) {missing}. Its fields are: {fields}.</source>
            <translation>Indatalagret har inte fältet/fälten {missing}. Dess fält är: {fields}.</translation>
        </message>
        <message>
            <location filename="../core/presence/premises_import.py" line="83" />
            <source>Map a source field to premises_id (e.g. premises_id=id): it identifies each premises and decides between adding and updating.</source>
            <translation>Ange ett källfält för premises_id (t.ex. premises_id=id): det identifierar varje lokal och avgör om den läggs till eller uppdateras.</translation>
        </message>
        <message>
            <location filename="../core/presence/premises_import.py" line="100" />
            <source>municipality_code '{value}' is not a three-digit municipality code</source>
            <translation>municipality_code '{value}' är inte en tresiffrig kommunkod</translation>
        </message>
        <message>
            <location filename="../core/presence/premises_import.py" line="109" />
            <source>{field}: '{value}' is not a number</source>
            <translation>{field}: '{value}' är inte ett tal</translation>
        </message>
        <message>
            <location filename="../core/presence/premises_import.py" line="121" />
            <source>{field}: '{value}' is not yes/no</source>
            <translation>{field}: '{value}' är inte ja/nej</translation>
        </message>
        <message>
            <location filename="../core/presence/premises_import.py" line="143" />
            <source>{field}: '{value}' is not a date (use YYYY-MM-DD)</source>
            <translation>{field}: '{value}' är inte ett datum (använd ÅÅÅÅ-MM-DD)</translation>
        </message>
        <message>
            <location filename="../core/presence/premises_import.py" line="152" />
            <source>no id</source>
            <translation>inget id</translation>
        </message>
        <message>
            <location filename="../core/presence/premises_import.py" line="153" />
            <source>no geometry</source>
            <translation>ingen geometri</translation>
        </message>
        <message>
            <location filename="../core/presence/premises_import.py" line="154" />
            <source>duplicate id within the input</source>
            <translation>samma id flera gånger i indata</translation>
        </message>
        <message>
            <location filename="../core/presence/premises_import.py" line="212" />
            <source>Cannot open the workspace {path} for writing.</source>
            <translation>Arbetsytan {path} kan inte öppnas för skrivning.</translation>
        </message>
        <message>
            <location filename="../core/presence/premises_import.py" line="228" />
            <source>Cancelled: nothing was written.</source>
            <translation>Avbrutet: ingenting skrevs.</translation>
        </message>
        <message>
            <location filename="../core/presence/premises_import.py" line="242" />
            <source>Writing into the workspace failed, so nothing was imported: {error}</source>
            <translation>Skrivningen till arbetsytan misslyckades, så ingenting importerades: {error}</translation>
        </message>
    </context>
    <context>
        <name>PrepareNetwork</name>
        <message>
            <location filename="../processing/prepare_io.py" line="59" />
            <source>The OpenStreetMap file {} does not exist.</source>
            <translation>OpenStreetMap-filen {} finns inte.</translation>
        </message>
        <message>
            <location filename="../processing/prepare_io.py" line="71" />
            <source>The OpenStreetMap file {} cannot be read (GDAL's OSM driver found no lines layer in it): give an .osm.pbf or .osm file.</source>
            <translation>OpenStreetMap-filen {} kan inte läsas (GDAL:s OSM-drivrutin hittade inget lines-lager i den): ge en .osm.pbf- eller .osm-fil.</translation>
        </message>
        <message>
            <location filename="../processing/prepare_io.py" line="118" />
            <source>{} links have a NULL or unknown ajosuunta; they are driven both ways.</source>
            <translation>{} länkar har en NULL eller okänd ajosuunta; de körs i båda riktningarna.</translation>
        </message>
        <message>
            <location filename="../processing/prepare_io.py" line="136" />
            <source>The SPEED_FIELD {} has a value that is not a number.</source>
            <translation>SPEED_FIELD {} har ett värde som inte är ett tal.</translation>
        </message>
        <message>
            <location filename="../processing/prepare_io.py" line="141" />
            <source>{} links have an unknown value in {}; they are driven both ways.</source>
            <translation>{} länkar har ett okänt värde i {}; de körs i båda riktningarna.</translation>
        </message>
        <message>
            <location filename="../processing/prepare_io.py" line="155" />
            <source>The EXCLUDE expression is invalid: {}</source>
            <translation>EXCLUDE-uttrycket är ogiltigt: {}</translation>
        </message>
        <message>
            <location filename="../processing/prepare_io.py" line="243" />
            <source>Could not write the prepared network: {}</source>
            <translation>Det förberedda nätet kunde inte skrivas: {}</translation>
        </message>
        <message>
            <location filename="../processing/prepare_limits.py" line="30" />
            <source>The SPEED_LIMITS layer has no field {} (SPEED_LIMIT_FIELD): its fields are {}.</source>
            <translation>SPEED_LIMITS-lagret har inget fält {} (SPEED_LIMIT_FIELD): dess fält är {}.</translation>
        </message>
        <message>
            <location filename="../processing/prepare_limits.py" line="37" />
            <source>LINK_ID_FIELD {} must be a field of both INPUT and SPEED_LIMITS.</source>
            <translation>LINK_ID_FIELD {} måste vara ett fält i både INPUT och SPEED_LIMITS.</translation>
        </message>
        <message>
            <location filename="../processing/prepare_limits.py" line="49" />
            <source>The SPEED_LIMITS field {} has a value that is not a number.</source>
            <translation>SPEED_LIMITS-fältet {} har ett värde som inte är ett tal.</translation>
        </message>
        <message>
            <location filename="../processing/prepare_limits.py" line="59" />
            <source>The SPEED_LIMITS layer {} is not a line layer.</source>
            <translation>SPEED_LIMITS-lagret {} är inte ett linjelager.</translation>
        </message>
        <message>
            <location filename="../processing/prepare_limits.py" line="79" />
            <source>{} of {} speed limits match no link by {}; they are not used.</source>
            <translation>{} av {} hastighetsbegränsningar motsvarar ingen länk enligt {}; de används inte.</translation>
        </message>
        <message>
            <location filename="../processing/prepare_limits.py" line="89" />
            <source>Speed limits laid on {} links ({} pieces in all).</source>
            <translation>Hastighetsbegränsningar lades på {} länkar ({} delar totalt).</translation>
        </message>
    </context>
    <context>
        <name>PrepareNetworkAlgorithm</name>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="56" />
            <source>Prepare road network</source>
            <translation>Förbered vägnät</translation>
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
            <translation>Gör OpenStreetMap- eller Digiroad-vägdata till ett ruttbart nät: de linjer som bilar får använda, med varje länks körhastighet, enkelriktning och restid, färdigt för NETWORK + SPEED_FIELD=speed_kmh + DIRECTION_FIELD=direction i nätverksalgoritmerna.

INPUT: väglinjer eller en OpenStreetMap-fil (.osm.pbf / .osm; dess lines-lager läses, taggar utanför standardkolumnerna kommer från other_tags).
SCHEMA: 0 automatiskt (känns igen på fälten), 1 OpenStreetMap (highway, other_tags), 2 Digiroad (ajosuunta, toiminnallinen_luokka eller toiminn_lk, linkkityyppi eller linkkityyp), 3 allmänt (SPEED_FIELD och DIRECTION_FIELD som de är).
OpenStreetMap: motorway, trunk, primary, secondary, tertiary (och deras _link-ramper), unclassified, residential, living_street, service och road behålls; länkar där den mest specifika av motorcar, motor_vehicle och access är no eller private tas bort. Hastighet: maxspeed (ett tal i km/h, N mph, FI:urban 50, FI:rural 80, FI:motorway 120, FI:living_street 20), annars klassens standard (motorway 100, trunk 80, primary 70, secondary 60, tertiary 50, unclassified 40, residential 30, living_street 20, service 20, road 40; en _link 60 % av sin vägs hastighet). oneway yes/true/1 i digitaliseringsriktningen, -1/reverse mot den, no/false/0 båda riktningarna; motorvägar och cirkulationsplatser är enkelriktade om inte oneway=no. route=ferry-linjer är färjor (deras duration, annars 20 km/h).
Digiroad: ajosuunta som den är; gång- och cykelvägar, gågator, stigar och serviceöppningar tas bort (kodlistorna finns i README); färjor 20 km/h; hastighet enligt funktionell klass 1: 100, 2: 80, 3: 60, 4: 50, 5: 40, 6: 30, övriga 30.
SPEED_LIMITS (valfritt): hastighetsbegränsningslinjer (Digiroads hastighetsbegränsningar; värdefält SPEED_LIMIT_FIELD, standard arvo), kopplade med LINK_ID_FIELD och måtten alkum/loppum när de finns, annars genom överlappning inom 1 m. En länk delas där begränsningen ändras längs den.
SPEED_TABLE (valfritt): en tabell med class och speed_kmh som ersätter klassernas hastigheter. SPEED_FACTOR (standard 1,0) multiplicerar de lagliga hastigheterna till körhastigheter; aldrig för färjor. EXCLUDE (valfritt uttryck): länkar som också tas bort.

OUTPUT: de behållna länkarna (i beräkningens metriska koordinatsystem: indatas eget projicerade, annars EPSG:3067 i Finland eller en UTM-zon) med indatas attribut samt speed_kmh, direction (2 båda riktningarna, 3 mot digitaliseringsriktningen, 4 i digitaliseringsriktningen), minutes och source (maxspeed, limit, class, default eller ferry).
OUTPUT_REPORT (valfri HTML): km per hastighetskälla och klass, de borttagna klasserna, andelen enkelriktat och en karta över hastigheterna.
Resultatvärden: LINKS, EXCLUDED, SKIPPED (ingen geometri), LINKS_MAXSPEED, LINKS_LIMIT, LINKS_CLASS, LINKS_DEFAULT, LINKS_FERRY och TOTAL_KM.</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="96" />
            <source>Road lines or OpenStreetMap file</source>
            <translation>Väglinjer eller OpenStreetMap-fil</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="98" />
            <source>Schema</source>
            <translation>Schema</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="98" />
            <source>Auto (detect by fields)</source>
            <translation>Automatiskt (känn igen på fälten)</translation>
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
            <translation>Allmänt (hastighets- och riktningsfält)</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="102" />
            <source>Speed field (km/h; generic schema)</source>
            <translation>Hastighetsfält (km/h; allmänt schema)</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="105" />
            <source>Direction field (generic schema)</source>
            <translation>Riktningsfält (allmänt schema)</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="108" />
            <source>Speed limits (lines)</source>
            <translation>Hastighetsbegränsningar (linjer)</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="111" />
            <source>Speed limit value field</source>
            <translation>Fält för hastighetsbegränsningens värde</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="113" />
            <source>Link id field (in both layers)</source>
            <translation>Länkens id-fält (i båda lagren)</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="115" />
            <source>Speed table (class, speed_kmh)</source>
            <translation>Hastighetstabell (class, speed_kmh)</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="118" />
            <source>Speed factor (driving speed / legal speed)</source>
            <translation>Hastighetsfaktor (körhastighet / tillåten hastighet)</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="121" />
            <source>Exclude links (expression)</source>
            <translation>Länkar att ta bort (uttryck)</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="123" />
            <source>Prepared road network</source>
            <translation>Förberett vägnät</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="125" />
            <source>Road network report</source>
            <translation>Vägnätsrapport</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="125" />
            <source>HTML files (*.html)</source>
            <translation>HTML-filer (*.html)</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="128" />
            <source>Links written</source>
            <translation>Skrivna länkar</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="128" />
            <source>Links excluded</source>
            <translation>Borttagna länkar</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="128" />
            <source>Links without geometry</source>
            <translation>Länkar utan geometri</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="128" />
            <source>Total length (km)</source>
            <translation>Total längd (km)</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="133" />
            <source>Links by speed source: {}</source>
            <translation>Länkar per hastighetskälla: {}</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="153" />
            <source>The INPUT layer {} is not a line layer: give road lines or an OpenStreetMap file.</source>
            <translation>INPUT-lagret {} är inte ett linjelager: ge väglinjer eller en OpenStreetMap-fil.</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="180" />
            <source>{} links written ({:.1f} km), {} excluded, {} without geometry. Time: reading {:.1f} s, rules and speeds {:.1f} s, writing {:.1f} s.</source>
            <translation>{} länkar skrivna ({:.1f} km), {} borttagna, {} utan geometri. Tid: läsning {:.1f} s, regler och hastigheter {:.1f} s, skrivning {:.1f} s.</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="186" />
            <source>Skipped {} links without a usable geometry.</source>
            <translation>Hoppade över {} länkar utan användbar geometri.</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="222" />
            <source>SCHEMA auto: the INPUT layer {} has none of the expected fields (looked for {}). Choose SCHEMA 3 (generic) with SPEED_FIELD and DIRECTION_FIELD, or give OpenStreetMap or Digiroad data.</source>
            <translation>SCHEMA automatiskt: INPUT-lagret {} har inget av de väntade fälten (söktes {}). Välj SCHEMA 3 (allmänt) med SPEED_FIELD och DIRECTION_FIELD, eller ge OpenStreetMap- eller Digiroad-data.</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="227" />
            <source>SCHEMA 2 (Digiroad): the INPUT layer {} lacks the Digiroad fields (looked for {}).</source>
            <translation>SCHEMA 2 (Digiroad): INPUT-lagret {} saknar Digiroads fält (söktes {}).</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="231" />
            <source>SCHEMA 1 (OpenStreetMap): the INPUT layer {} has neither highway nor other_tags.</source>
            <translation>SCHEMA 1 (OpenStreetMap): INPUT-lagret {} har varken highway eller other_tags.</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="239" />
            <source>SPEED_FACTOR must be a positive number (e.g. 0.9).</source>
            <translation>SPEED_FACTOR måste vara ett positivt tal (t.ex. 0.9).</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="248" />
            <source>SPEED_TABLE: {}. Give one row per class with a speed in km/h above 0.</source>
            <translation>SPEED_TABLE: {}. Ge en rad per klass med en hastighet i km/h över 0.</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="251" />
            <source>SPEED_TABLE needs the columns class and speed_kmh (it has: {}).</source>
            <translation>SPEED_TABLE behöver kolumnerna class och speed_kmh (den har: {}).</translation>
        </message>
        <message>
            <location filename="../processing/alg_preparenetwork.py" line="203" />
            <source>The INPUT layer already has {}; the output has its own fields of these names instead.</source>
            <translation>INPUT-lagret har redan {}; utdata har i stället egna fält med dessa namn.</translation>
        </message>
    </context>
    <context>
        <name>Presence</name>
        <message>
            <location filename="../core/presence/edits.py" line="253" />
            <source>Choose a mode: staff, appointment or remote.</source>
            <translation>Välj sätt: staff (egen personal), appointment (tidsbokning) eller remote (distansservice).</translation>
        </message>
        <message>
            <location filename="../core/presence/edits.py" line="257" />
            <source>Days per week must be between 0 and 5.</source>
            <translation>Dagar per vecka måste vara mellan 0 och 5.</translation>
        </message>
        <message>
            <location filename="../core/presence/edits.py" line="260" />
            <source>Annual visits must be a whole number, 0 or more.</source>
            <translation>Antalet besök per år måste vara ett heltal, minst 0.</translation>
        </message>
        <message>
            <location filename="../core/presence/edits.py" line="299" />
            <source>The agency presence layer is missing or invalid. Open a workspace first.</source>
            <translation>Lagret för myndigheternas närvaro saknas eller är ogiltigt. Öppna en arbetsyta först.</translation>
        </message>
        <message>
            <location filename="../core/presence/edits.py" line="302" />
            <source>The layer {} has no field(s) {}; it is not an agency presence layer.</source>
            <translation>Lagret {} saknar fältet eller fälten {}; det är inte ett lager för myndigheternas närvaro.</translation>
        </message>
        <message>
            <location filename="../core/presence/edits.py" line="308" />
            <source>The layer {} is read-only (the file may be write-protected, or the layer is set read-only in the project). Presence can be viewed but not edited.</source>
            <translation>Lagret {} är skrivskyddat (filen kan vara skrivskyddad, eller lagret är skrivskyddat i projektet). Närvaron kan visas men inte redigeras.</translation>
        </message>
        <message>
            <location filename="../core/presence/edits.py" line="330" />
            <source>Presence rows {} of {} no longer exist (deleted elsewhere?); nothing was changed.</source>
            <translation>Närvaroraderna {} finns inte längre i {} (borttagna någon annanstans?); ingenting ändrades.</translation>
        </message>
        <message>
            <location filename="../core/presence/edits.py" line="336" />
            <source>Could not start editing the layer {}.</source>
            <translation>Det gick inte att börja redigera lagret {}.</translation>
        </message>
        <message>
            <location filename="../core/presence/edits.py" line="342" />
            <source>Could not delete presence rows from {}.</source>
            <translation>Närvarorader kunde inte tas bort från {}.</translation>
        </message>
        <message>
            <location filename="../core/presence/edits.py" line="346" />
            <source>Could not change the presence row {} of {}.</source>
            <translation>Närvaroraden {} i {} kunde inte ändras.</translation>
        </message>
        <message>
            <location filename="../core/presence/edits.py" line="357" />
            <source>Could not add presence rows to {}.</source>
            <translation>Närvarorader kunde inte läggas till i {}.</translation>
        </message>
        <message>
            <location filename="../core/presence/expression.py" line="196" />
            <source>palveluverkko_agencies: the project has no layer named agency_presence. Open a workspace first.</source>
            <translation>palveluverkko_agencies: projektet har inget lager som heter agency_presence. Öppna en arbetsyta först.</translation>
        </message>
        <message>
            <location filename="../core/presence/presence_import.py" line="195" />
            <source>Saving {} failed, nothing was imported: {}</source>
            <translation>Det gick inte att spara {}, ingenting importerades: {}</translation>
        </message>
        <message>
            <location filename="../core/presence/presence_import.py" line="214" />
            <source>Could not open {} for writing: {}</source>
            <translation>{} kunde inte öppnas för skrivning: {}</translation>
        </message>
        <message>
            <location filename="../core/presence/presence_import.py" line="218" />
            <source>Could not start writing to {} in {}: {}</source>
            <translation>Det gick inte att börja skriva till {} i {}: {}</translation>
        </message>
        <message>
            <location filename="../core/presence/presence_import.py" line="224" />
            <source>The presence row {} vanished from {}.</source>
            <translation>Närvaroraden {} försvann ur {}.</translation>
        </message>
        <message>
            <location filename="../core/presence/presence_import.py" line="229" />
            <source>Could not update the presence row {}: {}</source>
            <translation>Närvaroraden {} kunde inte uppdateras: {}</translation>
        </message>
        <message>
            <location filename="../core/presence/presence_import.py" line="236" />
            <source>Could not add a presence row ({}, {}): {}</source>
            <translation>Närvaroraden ({}, {}) kunde inte läggas till: {}</translation>
        </message>
        <message>
            <location filename="../core/presence/presence_import.py" line="239" />
            <source>Could not save the import into {}: {}</source>
            <translation>Importen kunde inte sparas i {}: {}</translation>
        </message>
    </context>
    <context>
        <name>PresenceEditorDock</name>
        <message>
            <location filename="../dialogs/presence_editor.py" line="156" />
            <source>Unsaved presence edits</source>
            <translation>Osparade närvaroändringar</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.py" line="147" />
            <source>The presence of {} has unsaved edits. Apply them before switching?</source>
            <translation>Närvaron i {} har osparade ändringar. Vill du verkställa dem innan du byter?</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.py" line="187" />
            <source>not in the agency registry</source>
            <translation>finns inte i myndighetsregistret</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.py" line="190" />
            <source>not valid today (ended {})</source>
            <translation>gäller inte i dag (upphörde {})</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="89" />
            <source>No premises selected.</source>
            <translation>Ingen lokal vald.</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.py" line="275" />
            <source>Choose the agency presence layer (open a workspace first).</source>
            <translation>Välj lagret för myndigheternas närvaro (öppna en arbetsyta först).</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.py" line="298" />
            <source>Edit agency presence of {}</source>
            <translation>Redigera myndigheternas närvaro i {}</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="15" />
            <source>Agency presence editor</source>
            <translation>Redigerare för myndigheternas närvaro</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="24" />
            <source>Premises layer</source>
            <translation>Lokallager</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="34" />
            <source>Presence layer</source>
            <translation>Närvarolager</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="48" />
            <source>Search premises by name, id or municipality</source>
            <translation>Sök lokal efter namn, id eller kommun</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="58" />
            <source>Pick a premises by clicking it on the map</source>
            <translation>Välj en lokal genom att klicka på den på kartan</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="61" />
            <source>Pick on map</source>
            <translation>Välj på kartan</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="122" />
            <source>Agency</source>
            <translation>Myndighet</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="130" />
            <source>Mode</source>
            <translation>Sätt</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="154" />
            <source>Notes</source>
            <translation>Anteckn.</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_rows.py" line="71" />
            <source>(choose)</source>
            <translation>(välj)</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.py" line="156" />
            <source>The presence of {} has unsaved edits. Discard them and switch layers?</source>
            <translation>Närvaron i {} har osparade ändringar. Vill du förkasta dem och byta lager?</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.py" line="293" />
            <source>The premises {} is no longer in the layer {} (deleted?): nothing was changed. Choose a premises from the list.</source>
            <translation>Lokalen {} finns inte längre i lagret {} (raderad?): ingenting ändrades. Välj en lokal i listan.</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="125" />
            <source>Tick the agencies that serve in this premises; hover a code for the agency's name</source>
            <translation>Kryssa för myndigheterna som betjänar i den här lokalen; håll pekaren över en kod för att se myndighetens namn</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="133" />
            <source>How the agency serves: staff (own staff), appointment (only by appointment) or remote (remote service)</source>
            <translation>Hur myndigheten betjänar: staff (egen personal), appointment (endast tidsbokning) eller remote (distansservice)</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="138" />
            <source>d/wk</source>
            <translation>d/v</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="141" />
            <source>Days per week the agency is present (0–5; – when unknown)</source>
            <translation>Dagar per vecka då myndigheten är på plats (0–5; – när det inte är känt)</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="146" />
            <source>Visits</source>
            <translation>Besök</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="149" />
            <source>Annual visits (– when unknown)</source>
            <translation>Besök per år (– när det inte är känt)</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_editor.ui" line="157" />
            <source>Free-text notes; hover a note to read it in full</source>
            <translation>Fritextanteckningar; håll pekaren över en anteckning för att läsa den i sin helhet</translation>
        </message>
    </context>
    <context>
        <name>PresenceMatrixAlgorithm</name>
        <message>
            <location filename="../processing/alg_presencematrix.py" line="56" />
            <source>Presence matrix</source>
            <translation>Närvaromatris</translation>
        </message>
        <message>
            <location filename="../processing/alg_presencematrix.py" line="37" />
            <source>Writes a wide table of agency presence: one row per premises with premises_id and name, one column per agency code holding the mode (staff, appointment or remote; empty when the agency is not there), and agencies_total, the number of agencies present (every mode counts, remote included).

PREMISES: the premises layer (premises_id, name).
PRESENCE: the agency_presence table.
OUTPUT: the wide table, without geometry.

The agency columns are every code of the registry valid today (the agencies table of PRESENCE's workspace, or the registry shipped with the plugin), in registry order, then any other code found in PRESENCE, alphabetically. Presence rows of premises missing from PREMISES are left out with a warning.</source>
            <translation>Skriver en bred tabell över myndigheternas närvaro: en rad per lokal (premises_id och name), en kolumn per myndighetskod med sättet (staff, appointment eller remote; tom om myndigheten inte finns där) samt agencies_total, antalet närvarande myndigheter (alla sätt räknas, även distansservice).

PREMISES: lokallagret (premises_id, name).
PRESENCE: tabellen agency_presence.
OUTPUT: den breda tabellen, utan geometri.

Myndighetskolumnerna är alla registerkoder som gäller i dag (ur tabellen agencies i PRESENCE:s arbetsyta, eller ur registret som följer med insticksprogrammet) i registrets ordning, därefter övriga koder som finns i PRESENCE i alfabetisk ordning. Närvarorader för lokaler som saknas i PREMISES utelämnas med en varning.</translation>
        </message>
        <message>
            <location filename="../processing/alg_presencematrix.py" line="52" />
            <source>Premises layer</source>
            <translation>Lokallager</translation>
        </message>
        <message>
            <location filename="../processing/alg_presencematrix.py" line="54" />
            <source>Agency presence table</source>
            <translation>Tabell över myndigheternas närvaro</translation>
        </message>
        <message>
            <location filename="../processing/alg_presencematrix.py" line="70" />
            <source>The premises layer has no premises_id field.</source>
            <translation>Lokallagret har inget fält premises_id.</translation>
        </message>
        <message>
            <location filename="../processing/alg_presencematrix.py" line="73" />
            <source>The presence table has no field(s) {}; choose an agency_presence table.</source>
            <translation>Närvarotabellen saknar fältet eller fälten {}; välj en tabell agency_presence.</translation>
        </message>
        <message>
            <location filename="../processing/alg_presencematrix.py" line="111" />
            <source>{} premises id(s) of the presence table are not in the premises layer and were left out: {}</source>
            <translation>{} lokal-id:n i närvarotabellen finns inte i lokallagret och utelämnades: {}</translation>
        </message>
    </context>
    <context>
        <name>PresenceMatrixDialog</name>
        <message>
            <location filename="../dialogs/presence_matrix.py" line="48" />
            <source>unknown</source>
            <translation>okänt</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix.py" line="132" />
            <source>All municipalities</source>
            <translation>Alla kommuner</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix.py" line="167" />
            <source>Set agency presence of {} cells</source>
            <translation>Ange myndigheternas närvaro i {} celler</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix.py" line="167" />
            <source>Clear agency presence of {} cells</source>
            <translation>Töm myndigheternas närvaro i {} celler</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix.py" line="184" />
            <source>{} of {} premises shown. S = own staff, A = appointment only, R = remote service; the number is days a week.</source>
            <translation>{} av {} lokaler visas. P = egen personal, T = endast tidsbokning, D = distansservice; talet är dagar per vecka.</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix.ui" line="15" />
            <source>Agency presence matrix</source>
            <translation>Matris över myndigheternas närvaro</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix.ui" line="23" />
            <source>Premises layer</source>
            <translation>Lokallager</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix.ui" line="33" />
            <source>Presence layer</source>
            <translation>Närvarolager</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix_model.py" line="165" />
            <source>Municipality</source>
            <translation>Kommun</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix.ui" line="61" />
            <source>Filter by premises name or id</source>
            <translation>Filtrera efter lokalens namn eller id</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix.ui" line="91" />
            <source>Selected cells:</source>
            <translation>Markerade celler:</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix.ui" line="101" />
            <source>days / week</source>
            <translation>dagar / vecka</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix.ui" line="124" />
            <source>Set mode</source>
            <translation>Ange sätt</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix.ui" line="131" />
            <source>Clear</source>
            <translation>Töm</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix_model.py" line="152" />
            <source>, {} days a week</source>
            <translation>, {} dagar per vecka</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix_model.py" line="154" />
            <source>, {} visits a year</source>
            <translation>, {} besök per år</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix_model.py" line="165" />
            <source>Id</source>
            <translation>Id</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix_model.py" line="165" />
            <source>Name</source>
            <translation>Namn</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix_model.py" line="170" />
            <source>Total</source>
            <translation>Totalt</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix_model.py" line="173" />
            <source>Agencies present per premises (every mode counts)</source>
            <translation>Närvarande myndigheter per lokal (alla sätt räknas)</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_matrix_model.py" line="179" />
            <source>{}: present in {} of the premises shown</source>
            <translation>{}: närvarande i {} av de visade lokalerna</translation>
        </message>
    </context>
    <context>
        <name>PresenceModes</name>
        <message>
            <location filename="../dialogs/presence_common.py" line="19" />
            <source>staff (own staff)</source>
            <translation>staff (egen personal)</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_common.py" line="20" />
            <source>appointment only</source>
            <translation>appointment (endast tidsbokning)</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_common.py" line="21" />
            <source>remote service</source>
            <translation>remote (distansservice)</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_common.py" line="28" />
            <source>S</source>
            <comment>staff: own staff</comment>
            <translation>P</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_common.py" line="29" />
            <source>A</source>
            <comment>appointment only</comment>
            <translation>T</translation>
        </message>
        <message>
            <location filename="../dialogs/presence_common.py" line="30" />
            <source>R</source>
            <comment>remote service</comment>
            <translation>D</translation>
        </message>
    </context>
    <context>
        <name>RoadReport</name>
        <message>
            <location filename="../core/report/network_report.py" line="82" />
            <source>Map of the driving speeds</source>
            <translation>Karta över körhastigheterna</translation>
        </message>
        <message>
            <location filename="../core/report/network_report.py" line="95" />
            <source>speed source</source>
            <translation>hastighetskälla</translation>
        </message>
        <message>
            <location filename="../core/report/network_report.py" line="95" />
            <source>class</source>
            <translation>klass</translation>
        </message>
        <message>
            <location filename="../core/report/network_report.py" line="96" />
            <source>links</source>
            <translation>länkar</translation>
        </message>
        <message>
            <location filename="../core/report/network_report.py" line="96" />
            <source>km</source>
            <translation>km</translation>
        </message>
        <message>
            <location filename="../core/report/network_report.py" line="97" />
            <source>total</source>
            <translation>totalt</translation>
        </message>
        <message>
            <location filename="../core/report/network_report.py" line="98" />
            <source>Schema</source>
            <translation>Schema</translation>
        </message>
        <message>
            <location filename="../core/report/network_report.py" line="99" />
            <source>Length by speed source</source>
            <translation>Längd per hastighetskälla</translation>
        </message>
        <message>
            <location filename="../core/report/network_report.py" line="104" />
            <source>Length by speed source and class</source>
            <translation>Längd per hastighetskälla och klass</translation>
        </message>
        <message>
            <location filename="../core/report/network_report.py" line="108" />
            <source>Excluded links by class</source>
            <translation>Borttagna länkar per klass</translation>
        </message>
        <message>
            <location filename="../core/report/network_report.py" line="111" />
            <source>One-way links</source>
            <translation>Enkelriktade länkar</translation>
        </message>
        <message>
            <location filename="../core/report/network_report.py" line="112" />
            <source>one-way km</source>
            <translation>enkelriktade km</translation>
        </message>
        <message>
            <location filename="../core/report/network_report.py" line="112" />
            <source>share of km</source>
            <translation>andel av km</translation>
        </message>
        <message>
            <location filename="../core/report/network_report.py" line="114" />
            <source>Driving speeds</source>
            <translation>Körhastigheter</translation>
        </message>
        <message>
            <location filename="../core/report/network_report.py" line="115" />
            <source>Prepared road network</source>
            <translation>Förberett vägnät</translation>
        </message>
    </context>
    <context>
        <name>RunOutputs</name>
        <message>
            <location filename="../processing/sinks.py" line="205" />
            <source>Cancelled: no output was written.</source>
            <translation>Avbrutet: inga resultat skrevs.</translation>
        </message>
    </context>
    <context>
        <name>Scoring</name>
        <message>
            <location filename="../core/suitability/scoring.py" line="72" />
            <source>No criteria given: add rows of field, direction (benefit or cost) and weight.</source>
            <translation>Inga kriterier angivna: lägg till rader med fält, riktning (benefit eller cost) och vikt.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="75" />
            <source>The criteria table must have three columns (field, direction, weight); got {count} values, which is not a multiple of 3.</source>
            <translation>Kriterietabellen måste ha tre kolumner (fält, riktning, vikt); fick {count} värden, vilket inte är en multipel av 3.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="82" />
            <source>Criteria row {row}: the field name is empty.</source>
            <translation>Kriterierad {row}: fältnamnet är tomt.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="86" />
            <source>Criteria row {row} ({field}): direction must be benefit or cost, not '{value}'.</source>
            <translation>Kriterierad {row} ({field}): riktningen måste vara benefit (nytta) eller cost (kostnad), inte '{value}'.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="94" />
            <source>Criteria row {row} ({field}): the weight '{value}' is not a number.</source>
            <translation>Kriterierad {row} ({field}): vikten '{value}' är inte ett tal.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="98" />
            <source>Criteria row {row} ({field}): the weight {value} is negative; weights must be 0 or more.</source>
            <translation>Kriterierad {row} ({field}): vikten {value} är negativ; vikterna måste vara 0 eller större.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="105" />
            <source>The field {field} is listed twice in the criteria.</source>
            <translation>Fältet {field} förekommer två gånger bland kriterierna.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="115" />
            <source>At least one criterion weight is needed.</source>
            <translation>Minst en kriterievikt behövs.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="118" />
            <source>Weight {index} is {value}; weights must be finite and 0 or more.</source>
            <translation>Vikt {index} är {value}; vikterna måste vara ändliga och 0 eller större.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="123" />
            <source>All criterion weights are zero: give at least one criterion a positive weight.</source>
            <translation>Alla kriterievikter är noll: ge minst ett kriterium en positiv vikt.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="167" />
            <source>The AHP matrix is not square: it has {rows} rows of {widths} values.</source>
            <translation>AHP-matrisen är inte kvadratisk: den har {rows} rader med {widths} värden.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="172" />
            <source>The AHP matrix is not square: {count} values cannot form n rows of n.</source>
            <translation>AHP-matrisen är inte kvadratisk: {count} värden kan inte bilda n rader med n värden.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="200" />
            <source>The AHP matrix is {size}×{size} but there are {n} criteria: give one row and one column per criterion, in the order of the criteria.</source>
            <translation>AHP-matrisen är {size}×{size} men det finns {n} kriterier: ange en rad och en kolumn per kriterium, i kriteriernas ordning.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="184" />
            <source>AHP matrix cell (row {row}, column {col}) [{a} vs {b}]: '{value}' is not a number.</source>
            <translation>AHP-matrisens cell (rad {row}, kolumn {col}) [{a} mot {b}]: '{value}' är inte ett tal.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="229" />
            <source>The AHP matrix is not square.</source>
            <translation>AHP-matrisen är inte kvadratisk.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="204" />
            <source>AHP supports at most {max} criteria (Saaty's random index table); got {n}.</source>
            <translation>AHP stöder högst {max} kriterier (Saatys tabell över slumpindex); fick {n}.</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="210" />
            <source>AHP matrix cell (row {row}, column {col}) [{a} vs {b}] is {value}; comparisons must be positive (Saaty scale 1/9 to 9).</source>
            <translation>AHP-matrisens cell (rad {row}, kolumn {col}) [{a} mot {b}] är {value}; jämförelserna måste vara positiva (Saatys skala 1/9–9).</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="217" />
            <source>AHP matrix cells (row {row}, column {col}) = {aij:g} and (row {col}, column {row}) = {aji:g} [{a} vs {b}] are not reciprocal: their product {product:.3f} must be between 0.98 and 1.02 (e.g. 3 and 1/3 or 0.33).</source>
            <translation>AHP-matrisens celler (rad {row}, kolumn {col}) = {aij:g} och (rad {col}, kolumn {row}) = {aji:g} [{a} mot {b}] är inte reciproka: deras produkt {product:.3f} måste ligga mellan 0,98 och 1,02 (t.ex. 3 och 1/3 eller 0.33).</translation>
        </message>
        <message>
            <location filename="../core/suitability/scoring.py" line="415" />
            <source>The sensitivity spread must be between 0 and 1 (e.g. 0.2 = ±20 %).</source>
            <translation>Känslighetsanalysens spridning måste vara mellan 0 och 1 (t.ex. 0.2 = ±20 %).</translation>
        </message>
    </context>
    <context>
        <name>StatFi</name>
        <message>
            <location filename="../core/sources/statfi.py" line="66" />
            <source>Population grid 1 km</source>
            <translation>Befolkningsrutnät 1 km</translation>
        </message>
        <message>
            <location filename="../core/sources/statfi.py" line="67" />
            <source>Population grid 5 km</source>
            <translation>Befolkningsrutnät 5 km</translation>
        </message>
        <message>
            <location filename="../core/sources/statfi.py" line="68" />
            <source>Municipalities (1:1 000 000)</source>
            <translation>Kommuner (1:1 000 000)</translation>
        </message>
        <message>
            <location filename="../core/sources/statfi.py" line="69" />
            <source>Regions (1:1 000 000)</source>
            <translation>Landskap (1:1 000 000)</translation>
        </message>
        <message>
            <location filename="../core/sources/statfi.py" line="80" />
            <source>Source: Statistics Finland, {typename} ({year}). Licence CC BY 4.0.</source>
            <translation>Källa: Statistikcentralen, {typename} ({year}). Licens CC BY 4.0.</translation>
        </message>
        <message>
            <location filename="../core/sources/statfi.py" line="85" />
            <source>Only inhabited cells exist. In cells with fewer than 10 inhabitants every field except vaesto is -1 (masked): never add up -1 values.</source>
            <translation>Endast bebodda rutor finns. I rutor med färre än 10 invånare är alla fält utom vaesto -1 (skyddade): räkna aldrig ihop värdena -1.</translation>
        </message>
        <message>
            <location filename="../core/sources/statfi.py" line="89" />
            <source>© Statistics Finland (Tilastokeskus)</source>
            <translation>© Statistikcentralen (Tilastokeskus)</translation>
        </message>
    </context>
    <context>
        <name>SuitabilityAlgorithm</name>
        <message>
            <location filename="../processing/alg_suitability.py" line="63" />
            <source>Suitability ranking of premises</source>
            <translation>Rangordning av lokalernas lämplighet</translation>
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
            <translation>Poängsätter och rangordnar lokaler efter flera kriterier, redovisar poängen kriterium för kriterium och testar om rangordningen håller vid rimliga ändringar av vikterna.

PREMISES: lokalerna (t.ex. resultatet av Härled kriterier för lokaler).
CRITERIA: en rad per kriterium: fält, riktning (benefit = mer är bättre, cost = mindre är bättre) och vikt. Från qgis_process: CRITERIA=pop_within,benefit,5,annual_cost_eur,cost,3. Vikterna normaliseras så att deras summa är 1.
METHOD: 0 viktad summa av min–max-normaliserade kriterier (0 = sämsta, 1 = bästa lokal); 1 TOPSIS (vektornormalisering, närhet till idealpunkten).
AHP (valfri): en parvis jämförelsematris över kriterierna i deras ordning, rad för rad, på Saatys skala 1–9, t.ex. "1 3; 1/3 1" eller 1,3,0.33,1. Produkten av motstående celler måste ligga mellan 0,98 och 1,02. Matrisens dominerande egenvektor ersätter de angivna vikterna; konsistenskvoten returneras som CONSISTENCY_RATIO. Över 0,10 varnar loggen; med AHP_STRICT är det ett fel.
CONSTRAINTS (valfri): ett uttryck som lokalerna måste uppfylla, t.ex. "accessible" AND "pop_within" &gt;= 10000. Lokaler som inte uppfyller det får passes = 0 och ingen rangplats; normalisering, idealpunkter och rangplatser beräknas endast på de godkända lokalerna.
SENSITIVITY_RUNS (standard 1000, 0 = inga), SENSITIVITY_SPREAD (standard 0.2): i varje körning multipliceras varje vikt med en slumpmässig faktor mellan 1 − spridning och 1 + spridning och vikterna normaliseras på nytt; SEED (standard 1) gör körningarna upprepbara. TOP_K (standard 5).

OUTPUT: lokalerna med score (poäng), rank (rangplats, 1 = bäst; lika poäng rangordnas i lagrets ordning), passes, n_&lt;fält&gt; (normaliserat värde; för den viktade summan min–max med riktningen tillämpad, för TOPSIS vektornormaliserat), c_&lt;fält&gt; = vikt × n_&lt;fält&gt;, rank_p05 och rank_p95 (5:e och 95:e percentilen av rangplatsen över körningarna) och p_top (andelen körningar där lokalen är bland de K bästa). Utan körningar är rank_p05 = rank_p95 = rank och p_top är 1 för rangplatser upp till TOP_K.
OUTPUT_REPORT (valfri): en HTML-rapport med vikterna, AHP-matrisen, rangordningen med kriteriernas bidrag samt diagram.

Ett NULL-värde i ett kriterium ersätts med kriteriets sämsta värde bland de godkända lokalerna (loggen räknar dem). Ett kriterium med samma värde överallt bidrar inte.</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="98" />
            <source>Premises</source>
            <translation>Lokaler</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="100" />
            <source>Criteria (field, direction, weight)</source>
            <translation>Kriterier (fält, riktning, vikt)</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="100" />
            <source>field</source>
            <translation>fält</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="100" />
            <source>direction</source>
            <translation>riktning</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="100" />
            <source>weight</source>
            <translation>vikt</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="103" />
            <source>Method</source>
            <translation>Metod</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="302" />
            <source>Weighted sum (min–max)</source>
            <translation>Viktad summa (min–max)</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="302" />
            <source>TOPSIS</source>
            <translation>TOPSIS</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="106" />
            <source>AHP pairwise comparison matrix (row by row)</source>
            <translation>AHP-matris med parvisa jämförelser (rad för rad)</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="108" />
            <source>Fail when the AHP consistency ratio is above 0.10</source>
            <translation>Avbryt om AHP:s konsistenskvot överstiger 0,10</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="110" />
            <source>Constraints (premises must meet)</source>
            <translation>Villkor (som lokalen måste uppfylla)</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="113" />
            <source>Weight sensitivity runs</source>
            <translation>Körningar för viktkänslighet</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="116" />
            <source>Weight spread (0.2 = ±20 %)</source>
            <translation>Viktspridning (0.2 = ±20 %)</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="119" />
            <source>Random seed</source>
            <translation>Slumptalsfrö</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="121" />
            <source>Top K</source>
            <translation>K bästa</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="123" />
            <source>Suitability</source>
            <translation>Lämplighet</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="124" />
            <source>Suitability report</source>
            <translation>Lämplighetsrapport</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="124" />
            <source>HTML files (*.html)</source>
            <translation>HTML-filer (*.html)</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="127" />
            <source>AHP consistency ratio</source>
            <translation>AHP:s konsistenskvot</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="128" />
            <source>Premises passing the constraints</source>
            <translation>Lokaler som uppfyller villkoren</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="139" />
            <source>The criterion field {field} is not in the premises layer. Its fields are: {fields}.</source>
            <translation>Kriteriefältet {field} finns inte i lokallagret. Lagrets fält är: {fields}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="144" />
            <source>The criterion field {field} is not numeric (it is {type}); choose a numeric field.</source>
            <translation>Kriteriefältet {field} är inte numeriskt (det är {type}); välj ett numeriskt fält.</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="156" />
            <source>The constraint expression is invalid: {error}</source>
            <translation>Villkorsuttrycket är ogiltigt: {error}</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="161" />
            <source>The constraint expression refers to the field {field}, which is not in the premises layer.</source>
            <translation>Villkorsuttrycket hänvisar till fältet {field}, som inte finns i lokallagret.</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="242" />
            <source>AHP weights: {weights}; consistency ratio {cr:.3f}.</source>
            <translation>AHP-vikter: {weights}; konsistenskvot {cr:.3f}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="245" />
            <source>The AHP consistency ratio {cr:.3f} is above 0.10: the pairwise comparisons contradict each other; revise them.</source>
            <translation>AHP:s konsistenskvot {cr:.3f} överstiger 0,10: de parvisa jämförelserna motsäger varandra; se över dem.</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="206" />
            <source>The constraint expression failed on feature {fid}: {error}</source>
            <translation>Villkorsuttrycket misslyckades för objekt {fid}: {error}</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="208" />
            <source>{passing} of {total} premises pass the constraints.</source>
            <translation>{passing} av {total} lokaler uppfyller villkoren.</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="267" />
            <source>{count} passing premises have NULL in {field}; they get its worst value.</source>
            <translation>{count} godkända lokaler har NULL i {field}; de får fältets sämsta värde.</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="271" />
            <source>The criterion {field} has the same value on every passing premises; it contributes nothing.</source>
            <translation>Kriteriet {field} har samma värde i alla godkända lokaler; det bidrar inte.</translation>
        </message>
        <message>
            <location filename="../processing/alg_suitability.py" line="302" />
            <source>Suitability of premises</source>
            <translation>Lokalernas lämplighet</translation>
        </message>
    </context>
    <context>
        <name>SuitabilityReport</name>
        <message>
            <location filename="../core/report/suitability_report.py" line="126" />
            <source>Method: {method}. Premises: {total}, passing the constraints: {passing}.</source>
            <translation>Metod: {method}. Lokaler: {total}, varav {passing} uppfyller villkoren.</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="131" />
            <source>Constraints: {expression}</source>
            <translation>Villkor: {expression}</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="145" />
            <source>Criteria and weights</source>
            <translation>Kriterier och vikter</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="146" />
            <source>Criterion</source>
            <translation>Kriterium</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="146" />
            <source>Direction</source>
            <translation>Riktning</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="147" />
            <source>Given weight</source>
            <translation>Angiven vikt</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="147" />
            <source>Weight used</source>
            <translation>Använd vikt</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="148" />
            <source>NULL values</source>
            <translation>NULL-värden</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="148" />
            <source>Note</source>
            <translation>Anmärkning</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="152" />
            <source>benefit</source>
            <translation>nytta (mer är bättre)</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="154" />
            <source>cost</source>
            <translation>kostnad (mindre är bättre)</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="155" />
            <source>same value everywhere: contributes nothing</source>
            <translation>samma värde överallt: bidrar inte</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="168" />
            <source>AHP pairwise comparisons</source>
            <translation>AHP: parvisa jämförelser</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="181" />
            <source>The consistency ratio is above 0.10: revise the comparisons.</source>
            <translation>Konsistenskvoten överstiger 0,10: se över jämförelserna.</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="190" />
            <source>Weight sensitivity: {runs} runs, each weight multiplied by a random factor between 1 − {spread} and 1 + {spread} and renormalised (seed {seed}). Rank range = 5th to 95th percentile of the rank; top {k} = share of runs in which the premises is among the {k} best.</source>
            <translation>Viktkänslighet: {runs} körningar; varje vikt multiplicerad med en slumpmässig faktor mellan 1 − {spread} och 1 + {spread} och vikterna normaliserade på nytt (frö {seed}). Rangintervall = 5:e–95:e percentilen av rangplatsen; andel bland {k} bästa = andelen körningar där lokalen är bland de {k} bästa.</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="197" />
            <source>No weight sensitivity runs.</source>
            <translation>Inga körningar för viktkänslighet.</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="210" />
            <source>Contributions of the criteria</source>
            <translation>Kriteriernas bidrag</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="212" />
            <source>TOPSIS: the bars show weight × vector-normalised value; the score is the closeness to the ideal point and is not their sum.</source>
            <translation>TOPSIS: staplarna visar vikt × vektornormaliserat värde; poängen är närheten till idealpunkten och inte deras summa.</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="215" />
            <source>Weight × normalised value, best first</source>
            <translation>Vikt × normaliserat värde, bästa först</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="218" />
            <source>Rank stability</source>
            <translation>Rangplatsens stabilitet</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="219" />
            <source>Rank and its 5–95 % range under weight changes; % = share of runs in the top {k}</source>
            <translation>Rangplats och dess 5–95 %-intervall när vikterna ändras; % = andel körningar bland de {k} bästa</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="219" />
            <source>Rank (1 = best)</source>
            <translation>Rangplats (1 = bäst)</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="231" />
            <source>Ranking</source>
            <translation>Rangordning</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="232" />
            <source>Rank</source>
            <translation>Rangplats</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="232" />
            <source>Premises</source>
            <translation>Lokal</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="233" />
            <source>Score</source>
            <translation>Poäng</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="235" />
            <source>Rank 5 %</source>
            <translation>Rangplats 5 %</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="235" />
            <source>Rank 95 %</source>
            <translation>Rangplats 95 %</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="236" />
            <source>Top {k} share</source>
            <translation>Andel bland {k} bästa</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="245" />
            <source>The {n} best of {total} passing premises are listed; all are in the output layer.</source>
            <translation>De {n} bästa av {total} godkända lokaler listas; alla finns i resultatlagret.</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="250" />
            <source>{n} premises fail the constraints and have no rank.</source>
            <translation>{n} lokaler uppfyller inte villkoren och har ingen rangplats.</translation>
        </message>
        <message>
            <location filename="../core/report/suitability_report.py" line="175" />
            <source>Principal eigenvalue {lmax}, consistency index {ci}, consistency ratio {cr}.</source>
            <translation>Största egenvärde {lmax}, konsistensindex {ci}, konsistenskvot {cr}.</translation>
        </message>
    </context>
    <context>
        <name>UnavailableAlgorithm</name>
        <message>
            <location filename="../processing/catalogue.py" line="109" />
            <source>{} (unavailable)</source>
            <translation>{} (inte tillgänglig)</translation>
        </message>
    </context>
    <context>
        <name>Wfs</name>
        <message>
            <location filename="../core/sources/wfs.py" line="52" />
            <source>Cancelled: nothing was written.</source>
            <translation>Avbrutet: ingenting skrevs.</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="135" />
            <source>Could not reach the server {host} ({what}): {error}</source>
            <translation>Det gick inte att nå servern {host} ({what}): {error}</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="138" />
            <source>The server {host} did not answer within {seconds:g} seconds ({what}). Try again later, or raise the network timeout in QGIS's Options → Network.</source>
            <translation>Servern {host} svarade inte inom {seconds:g} sekunder ({what}). Försök igen senare eller förläng nätverkets tidsgräns i QGIS inställningar (Alternativ → Nätverk).</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="143" />
            <source>The server {host} answered HTTP {status} to {what}: {message}</source>
            <translation>Servern {host} svarade HTTP {status} på {what}: {message}</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="147" />
            <source>The server {host} reported an error for {what}: {message}</source>
            <translation>Servern {host} rapporterade ett fel för {what}: {message}</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="243" />
            <source>The service {host} has no feature type '{typename}'. It offers: {names}.</source>
            <translation>Tjänsten {host} har ingen objekttyp '{typename}'. Den erbjuder: {names}.</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="264" />
            <source>Unknown service version '{version}'; use one of {versions}.</source>
            <translation>Okänd tjänsteversion '{version}'; använd någon av {versions}.</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="268" />
            <source>'{url}' is not a web address; it must start with http:// or https://.</source>
            <translation>'{url}' är ingen webbadress; den måste börja med http:// eller https://.</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="299" />
            <source>GetCapabilities</source>
            <translation>GetCapabilities</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="348" />
            <source>The capabilities document from {host} is not valid XML ({error}); the answer may have been cut off. Try again, or check the URL.</source>
            <translation>Capabilities-dokumentet från {host} är inte giltig XML ({error}); svaret kan ha avbrutits. Försök igen eller kontrollera adressen.</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="352" />
            <source>{host} did not answer with WFS capabilities (it sent a {element} document). Check that the URL is the address of a WFS service.</source>
            <translation>{host} svarade inte med en WFS-tjänstebeskrivning (den skickade ett {element}-dokument). Kontrollera att adressen är adressen till en WFS-tjänst.</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="407" />
            <source>the list of collections</source>
            <translation>listan över samlingar</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="415" />
            <source>{host} did not answer with an OGC API Features collection list (JSON). Check that the URL is the landing page of an OGC API Features service.</source>
            <translation>{host} svarade inte med en samlingslista för OGC API Features (JSON). Kontrollera att adressen är startsidan för en OGC API Features-tjänst.</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="489" />
            <source>the feature count</source>
            <translation>antalet objekt</translation>
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
            <translation>Objekten från {host} är inte giltig XML ({error}); svaret kan ha avbrutits.</translation>
        </message>
        <message>
            <location filename="../core/sources/provider.py" line="78" />
            <source>QGIS's {provider} provider could not open '{typename}' from {host}, although the server answers normally. {detail}</source>
            <translation>QGIS {provider}-leverantör kunde inte öppna '{typename}' från {host}, fast servern svarar normalt. {detail}</translation>
        </message>
        <message>
            <location filename="../core/sources/fetch.py" line="84" />
            <source>Connected to {host} ({version}).</source>
            <translation>Ansluten till {host} ({version}).</translation>
        </message>
        <message>
            <location filename="../core/sources/fetch.py" line="161" />
            <source>Fetching the features of '{typename}' from {host} failed: {message}</source>
            <translation>Hämtningen av objekten i '{typename}' från {host} misslyckades: {message}</translation>
        </message>
        <message>
            <location filename="../core/sources/fetch.py" line="97" />
            <source>Fetched {count} features.</source>
            <translation>Hämtade {count} objekt.</translation>
        </message>
        <message>
            <location filename="../core/sources/fetch.py" line="115" />
            <source>{count} features to fetch.</source>
            <translation>{count} objekt att hämta.</translation>
        </message>
        <message>
            <location filename="../core/sources/writer.py" line="111" />
            <source>Could not write a feature to the output: {error}</source>
            <translation>Det gick inte att skriva ett objekt till resultatet: {error}</translation>
        </message>
        <message>
            <location filename="../core/sources/writer.py" line="83" />
            <source>{count} features fetched…</source>
            <translation>{count} objekt hämtade…</translation>
        </message>
        <message>
            <location filename="../core/sources/download.py" line="32" />
            <source>The authentication configuration '{authcfg}' could not be applied to the request to {host}. Check it in QGIS's Options → Authentication.</source>
            <translation>Autentiseringskonfigurationen '{authcfg}' kunde inte tillämpas på begäran till {host}. Kontrollera den i QGIS inställningar (Alternativ → Autentisering).</translation>
        </message>
        <message>
            <location filename="../core/sources/download.py" line="104" />
            <source>The answer of {host} broke off ({what}): {error}</source>
            <translation>Svaret från {host} avbröts ({what}): {error}</translation>
        </message>
        <message>
            <location filename="../core/sources/pages.py" line="89" />
            <source>The features from {host} are not valid XML (the answer ends too early); the answer may have been cut off.</source>
            <translation>Objekten från {host} är inte giltig XML (svaret tar slut för tidigt); svaret kan ha avbrutits.</translation>
        </message>
        <message>
            <location filename="../core/sources/answers.py" line="144" />
            <source>The features from {host} are not valid JSON ({error}); the answer may have been cut off.</source>
            <translation>Objekten från {host} är inte giltig JSON ({error}); svaret kan ha avbrutits.</translation>
        </message>
        <message>
            <location filename="../core/sources/pages.py" line="194" />
            <source>GDAL could not read the features that {host} sent.</source>
            <translation>GDAL kunde inte läsa objekten som {host} skickade.</translation>
        </message>
        <message>
            <location filename="../core/sources/fetch.py" line="208" />
            <source>MAX_FEATURES = {limit} stopped the download</source>
            <translation>MAX_FEATURES = {limit} stoppade hämtningen</translation>
        </message>
        <message>
            <location filename="../core/sources/fetch.py" line="210" />
            <source>the server counted {total} matching features</source>
            <translation>servern räknade {total} matchande objekt</translation>
        </message>
        <message>
            <location filename="../core/sources/fetch.py" line="212" />
            <source>a further page held only features that had arrived already, so the server does not page reliably</source>
            <translation>en följande sida innehöll bara objekt som redan kommit fram, så servern delar inte upp svaren i sidor på ett tillförlitligt sätt</translation>
        </message>
        <message>
            <location filename="../core/sources/fetch.py" line="215" />
            <source>the server sends at most {maximum} features per answer and does not page (it ignores STARTINDEX)</source>
            <translation>servern skickar högst {maximum} objekt per svar och stöder inte sidindelning (den ignorerar STARTINDEX)</translation>
        </message>
        <message>
            <location filename="../core/sources/fetch.py" line="218" />
            <source>the server does not page (it ignores STARTINDEX) and does not say how many features match, so it may have cut its answer short</source>
            <translation>servern stöder inte sidindelning (den ignorerar STARTINDEX) och anger inte hur många objekt som matchar, så den kan ha kortat sitt svar</translation>
        </message>
        <message>
            <location filename="../core/sources/fetch.py" line="220" />
            <source>The layer '{typename}' from {host} may be incomplete: {count} features arrived, and {why}. Result COMPLETE is false.</source>
            <translation>Lagret '{typename}' från {host} kan vara ofullständigt: {count} objekt kom fram, och {why}. Resultatet COMPLETE är falskt.</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="300" />
            <source>{url} is neither a WFS nor an OGC API Features service: asked for WFS capabilities it answered {what}, and {collections} answered {what2}. Check the address (the service's own address, e.g. …/wfs or the OGC API landing page).</source>
            <translation>{url} är varken en WFS- eller en OGC API Features-tjänst: på en begäran om WFS-kapabiliteter svarade den {what}, och {collections} svarade {what2}. Kontrollera adressen (tjänstens egen adress, t.ex. …/wfs eller OGC API-tjänstens startsida).</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="320" />
            <source>nothing ({error})</source>
            <translation>ingenting ({error})</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="322" />
            <source>HTTP {status} ({message})</source>
            <translation>HTTP {status} ({message})</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="332" />
            <source>JSON without collections (keys: {keys})</source>
            <translation>JSON utan samlingar (nycklar: {keys})</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="334" />
            <source>an HTML page</source>
            <translation>en HTML-sida</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="338" />
            <source>an XML document &lt;{element}&gt;</source>
            <translation>ett XML-dokument &lt;{element}&gt;</translation>
        </message>
        <message>
            <location filename="../core/sources/wfs.py" line="339" />
            <source>{size} bytes of {kind}</source>
            <translation>{size} byte av typen {kind}</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../core/presence/project.py" line="93" />
            <source>Mode must be staff, appointment or remote.</source>
            <translation>Sättet måste vara staff (egen personal), appointment (tidsbokning) eller remote (distansservice).</translation>
        </message>
        <message>
            <location filename="../core/presence/project.py" line="98" />
            <source>Days per week must be between 0 and 5.</source>
            <translation>Dagar per vecka måste vara mellan 0 och 5.</translation>
        </message>
        <message>
            <location filename="../core/presence/project.py" line="103" />
            <source>Annual visits cannot be negative.</source>
            <translation>Antalet besök per år kan inte vara negativt.</translation>
        </message>
        <message>
            <location filename="../core/presence/project.py" line="137" />
            <source>Agency presence</source>
            <translation>Myndigheternas närvaro</translation>
        </message>
    </context>
</TS>
