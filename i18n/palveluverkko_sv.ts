<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv">
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
        <name>DemoWorkspaceAlgorithm</name>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="32" />
            <source>Create demo workspace (synthetic Päijät-Häme)</source>
            <translation>Skapa demoarbetsyta (syntetiskt Päijänne-Tavastland)</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="35" />
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
            <location filename="../processing/alg_demoworkspace.py" line="51" />
            <source>Demo workspace GeoPackage</source>
            <translation>Demoarbetsytans GeoPackage</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="51" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="56" />
            <source>Overwrite an existing file</source>
            <translation>Skriv över en befintlig fil</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="59" />
            <source>Municipality codes (comma-separated, empty = all)</source>
            <translation>Kommunkoder (åtskilda med kommatecken, tomt = alla)</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="65" />
            <source>Population grid cells</source>
            <translation>Befolkningsrutor</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="66" />
            <source>Road links</source>
            <translation>Väglänkar</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="67" />
            <source>Premises</source>
            <translation>Lokaler</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="68" />
            <source>Total population</source>
            <translation>Total befolkning</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="76" />
            <source>The demo workspace must be a GeoPackage file ending in .gpkg: {}</source>
            <translation>Demoarbetsytan måste vara en GeoPackage-fil som slutar på .gpkg: {}</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="83" />
            <source>Unknown demo municipality code(s): {}. The demo region has: {}.</source>
            <translation>Okänd kommunkod i demoområdet: {}. Demoområdet har: {}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="93" />
            <source>Created the SYNTHETIC demo workspace {}: {} grid cells, {} road links, {} premises.</source>
            <translation>Den SYNTETISKA demoarbetsytan {} skapades: {} befolkningsrutor, {} väglänkar, {} lokaler.</translation>
        </message>
    </context>
    <context>
        <name>ImportPresenceAlgorithm</name>
        <message>
            <location filename="../processing/alg_importpresence.py" line="151" />
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
            <location filename="../processing/alg_importpresence.py" line="110" />
            <source>The input table has no field(s) {}. It needs premises_id, agency and mode, and may have days_per_week, annual_visits and notes.</source>
            <translation>Indatatabellen saknar fältet eller fälten {}. Den måste ha premises_id, agency och mode och kan ha days_per_week, annual_visits och notes.</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="137" />
            <source>The agency {} ended on {} in the registry; its rows were imported anyway.</source>
            <translation>Myndigheten {} upphörde {} enligt registret; dess rader importerades ändå.</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="155" />
            <source>Inserted {}, updated {}, rejected {} row(s).</source>
            <translation>Tillagda {}, uppdaterade {}, avvisade {} rader.</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="158" />
            <source>The layer {} is being edited: the rows are in its edit buffer (one undoable step). Save the layer's edits to keep them.</source>
            <translation>Lagret {} redigeras: raderna finns i dess redigeringsbuffert (ett steg som kan ångras). Spara lagrets ändringar för att behålla dem.</translation>
        </message>
    </context>
    <context>
        <name>PalveluverkkoAlgorithm</name>
        <message>
            <location filename="../processing/base.py" line="49" />
            <source>Workspace</source>
            <translation>Arbetsyta</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="50" />
            <source>Catchments and accessibility</source>
            <translation>Upptagningsområden och tillgänglighet</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="51" />
            <source>Suitability and location</source>
            <translation>Lämplighet och lokalisering</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="52" />
            <source>Agency presence</source>
            <translation>Myndigheternas närvaro</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="53" />
            <source>Data sources</source>
            <translation>Datakällor</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="54" />
            <source>Reports</source>
            <translation>Rapporter</translation>
        </message>
    </context>
    <context>
        <name>PalveluverkkoPlugin</name>
        <message>
            <location filename="../plugin.py" line="50" />
            <source>Create workspace…</source>
            <translation>Skapa arbetsyta…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="51" />
            <source>Open workspace…</source>
            <translation>Öppna arbetsyta…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="58" />
            <source>&amp;Palveluverkko</source>
            <translation>&amp;Palveluverkko</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="123" />
            <source>Palveluverkko</source>
            <translation>Palveluverkko</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="115" />
            <source>Open workspace</source>
            <translation>Öppna arbetsyta</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="115" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
    </context>
    <context>
        <name>PalveluverkkoProvider</name>
        <message>
            <location filename="../processing/provider.py" line="44" />
            <source>Palveluverkko</source>
            <translation>Palveluverkko</translation>
        </message>
        <message>
            <location filename="../processing/provider.py" line="47" />
            <source>Palveluverkko: shared customer service network planning</source>
            <translation>Palveluverkko: planering av det gemensamma kundtjänstnätet</translation>
        </message>
    </context>
    <context>
        <name>Presence</name>
        <message>
            <location filename="../core/presence.py" line="145" />
            <source>Choose a mode: staff, appointment or remote.</source>
            <translation>Välj sätt: staff (egen personal), appointment (tidsbokning) eller remote (distansservice).</translation>
        </message>
        <message>
            <location filename="../core/presence.py" line="149" />
            <source>Days per week must be between 0 and 5.</source>
            <translation>Dagar per vecka måste vara mellan 0 och 5.</translation>
        </message>
        <message>
            <location filename="../core/presence.py" line="152" />
            <source>Annual visits must be a whole number, 0 or more.</source>
            <translation>Antalet besök per år måste vara ett heltal, minst 0.</translation>
        </message>
        <message>
            <location filename="../core/presence.py" line="184" />
            <source>The agency presence layer is missing or invalid. Open a workspace first.</source>
            <translation>Lagret för myndigheternas närvaro saknas eller är ogiltigt. Öppna en arbetsyta först.</translation>
        </message>
        <message>
            <location filename="../core/presence.py" line="187" />
            <source>The layer {} has no field(s) {}; it is not an agency presence layer.</source>
            <translation>Lagret {} saknar fältet eller fälten {}; det är inte ett lager för myndigheternas närvaro.</translation>
        </message>
        <message>
            <location filename="../core/presence.py" line="193" />
            <source>The layer {} is read-only (the file may be write-protected, or the layer is set read-only in the project). Presence can be viewed but not edited.</source>
            <translation>Lagret {} är skrivskyddat (filen kan vara skrivskyddad, eller lagret är skrivskyddat i projektet). Närvaron kan visas men inte redigeras.</translation>
        </message>
        <message>
            <location filename="../core/presence.py" line="215" />
            <source>Presence rows {} of {} no longer exist (deleted elsewhere?); nothing was changed.</source>
            <translation>Närvaroraderna {} finns inte längre i {} (borttagna någon annanstans?); ingenting ändrades.</translation>
        </message>
        <message>
            <location filename="../core/presence.py" line="221" />
            <source>Could not start editing the layer {}.</source>
            <translation>Det gick inte att börja redigera lagret {}.</translation>
        </message>
        <message>
            <location filename="../core/presence.py" line="227" />
            <source>Could not delete presence rows from {}.</source>
            <translation>Närvarorader kunde inte tas bort från {}.</translation>
        </message>
        <message>
            <location filename="../core/presence.py" line="231" />
            <source>Could not change the presence row {} of {}.</source>
            <translation>Närvaroraden {} i {} kunde inte ändras.</translation>
        </message>
        <message>
            <location filename="../core/presence.py" line="242" />
            <source>Could not add presence rows to {}.</source>
            <translation>Närvarorader kunde inte läggas till i {}.</translation>
        </message>
        <message>
            <location filename="../core/presence_expression.py" line="148" />
            <source>palveluverkko_agencies: the project has no layer named agency_presence. Open a workspace first.</source>
            <translation>palveluverkko_agencies: projektet har inget lager som heter agency_presence. Öppna en arbetsyta först.</translation>
        </message>
        <message>
            <location filename="../core/presence_import.py" line="155" />
            <source>Saving {} failed, nothing was imported: {}</source>
            <translation>Det gick inte att spara {}, ingenting importerades: {}</translation>
        </message>
        <message>
            <location filename="../core/presence_import.py" line="174" />
            <source>Could not open {} for writing: {}</source>
            <translation>{} kunde inte öppnas för skrivning: {}</translation>
        </message>
        <message>
            <location filename="../core/presence_import.py" line="178" />
            <source>Could not start writing to {} in {}: {}</source>
            <translation>Det gick inte att börja skriva till {} i {}: {}</translation>
        </message>
        <message>
            <location filename="../core/presence_import.py" line="184" />
            <source>The presence row {} vanished from {}.</source>
            <translation>Närvaroraden {} försvann ur {}.</translation>
        </message>
        <message>
            <location filename="../core/presence_import.py" line="189" />
            <source>Could not update the presence row {}: {}</source>
            <translation>Närvaroraden {} kunde inte uppdateras: {}</translation>
        </message>
        <message>
            <location filename="../core/presence_import.py" line="196" />
            <source>Could not add a presence row ({}, {}): {}</source>
            <translation>Närvaroraden ({}, {}) kunde inte läggas till: {}</translation>
        </message>
        <message>
            <location filename="../core/presence_import.py" line="199" />
            <source>Could not save the import into {}: {}</source>
            <translation>Importen kunde inte sparas i {}: {}</translation>
        </message>
    </context>
    <context>
        <name>PresenceMatrixAlgorithm</name>
        <message>
            <location filename="../processing/alg_presencematrix.py" line="55" />
            <source>Presence matrix</source>
            <translation>Närvaromatris</translation>
        </message>
        <message>
            <location filename="../processing/alg_presencematrix.py" line="36" />
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
            <location filename="../processing/alg_presencematrix.py" line="51" />
            <source>Premises layer</source>
            <translation>Lokallager</translation>
        </message>
        <message>
            <location filename="../processing/alg_presencematrix.py" line="53" />
            <source>Agency presence table</source>
            <translation>Tabell över myndigheternas närvaro</translation>
        </message>
        <message>
            <location filename="../processing/alg_presencematrix.py" line="66" />
            <source>The premises layer has no premises_id field.</source>
            <translation>Lokallagret har inget fält premises_id.</translation>
        </message>
        <message>
            <location filename="../processing/alg_presencematrix.py" line="69" />
            <source>The presence table has no field(s) {}; choose an agency_presence table.</source>
            <translation>Närvarotabellen saknar fältet eller fälten {}; välj en tabell agency_presence.</translation>
        </message>
        <message>
            <location filename="../processing/alg_presencematrix.py" line="116" />
            <source>{} premises id(s) of the presence table are not in the premises layer and were left out: {}</source>
            <translation>{} lokal-id:n i närvarotabellen finns inte i lokallagret och utelämnades: {}</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../core/project.py" line="77" />
            <source>Mode must be staff, appointment or remote.</source>
            <translation>Sättet måste vara staff (egen personal), appointment (tidsbokning) eller remote (distansservice).</translation>
        </message>
        <message>
            <location filename="../core/project.py" line="82" />
            <source>Days per week must be between 0 and 5.</source>
            <translation>Dagar per vecka måste vara mellan 0 och 5.</translation>
        </message>
        <message>
            <location filename="../core/project.py" line="87" />
            <source>Annual visits cannot be negative.</source>
            <translation>Antalet besök per år kan inte vara negativt.</translation>
        </message>
        <message>
            <location filename="../core/project.py" line="108" />
            <source>Agency presence</source>
            <translation>Myndigheternas närvaro</translation>
        </message>
    </context>
</TS>
