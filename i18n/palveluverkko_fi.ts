<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi">
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
        <name>DemoWorkspaceAlgorithm</name>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="32" />
            <source>Create demo workspace (synthetic Päijät-Häme)</source>
            <translation>Luo esittelytyötila (synteettinen Päijät-Häme)</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="35" />
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
            <location filename="../processing/alg_demoworkspace.py" line="51" />
            <source>Demo workspace GeoPackage</source>
            <translation>Esittelytyötilan GeoPackage</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="51" />
            <source>GeoPackage (*.gpkg)</source>
            <translation>GeoPackage (*.gpkg)</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="56" />
            <source>Overwrite an existing file</source>
            <translation>Korvaa olemassa oleva tiedosto</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="59" />
            <source>Municipality codes (comma-separated, empty = all)</source>
            <translation>Kuntanumerot (pilkuin erotettuina, tyhjä = kaikki)</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="65" />
            <source>Population grid cells</source>
            <translation>Väestöruutuja</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="66" />
            <source>Road links</source>
            <translation>Tielinkkejä</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="67" />
            <source>Premises</source>
            <translation>Toimitiloja</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="68" />
            <source>Total population</source>
            <translation>Väestö yhteensä</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="76" />
            <source>The demo workspace must be a GeoPackage file ending in .gpkg: {}</source>
            <translation>Esittelytyötilan on oltava GeoPackage-tiedosto, jonka pääte on .gpkg: {}</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="83" />
            <source>Unknown demo municipality code(s): {}. The demo region has: {}.</source>
            <translation>Tuntematon esittelyalueen kuntanumero: {}. Esittelyalueen kunnat ovat: {}.</translation>
        </message>
        <message>
            <location filename="../processing/alg_demoworkspace.py" line="93" />
            <source>Created the SYNTHETIC demo workspace {}: {} grid cells, {} road links, {} premises.</source>
            <translation>SYNTEETTINEN esittelytyötila {} luotiin: {} väestöruutua, {} tielinkkiä, {} toimitilaa.</translation>
        </message>
    </context>
    <context>
        <name>ImportPresenceAlgorithm</name>
        <message>
            <location filename="../processing/alg_importpresence.py" line="151" />
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
            <location filename="../processing/alg_importpresence.py" line="110" />
            <source>The input table has no field(s) {}. It needs premises_id, agency and mode, and may have days_per_week, annual_visits and notes.</source>
            <translation>Syötetaulusta puuttuu kenttä tai kentät {}. Siinä on oltava premises_id, agency ja mode, ja siinä voi olla days_per_week, annual_visits ja notes.</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="137" />
            <source>The agency {} ended on {} in the registry; its rows were imported anyway.</source>
            <translation>Viraston {} voimassaolo rekisterissä päättyi {}; sen rivit tuotiin silti.</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="155" />
            <source>Inserted {}, updated {}, rejected {} row(s).</source>
            <translation>Lisätty {}, päivitetty {}, hylätty {} riviä.</translation>
        </message>
        <message>
            <location filename="../processing/alg_importpresence.py" line="158" />
            <source>The layer {} is being edited: the rows are in its edit buffer (one undoable step). Save the layer's edits to keep them.</source>
            <translation>Tasoa {} muokataan parhaillaan: rivit ovat sen muokkauspuskurissa (yksi kumottava vaihe). Tallenna tason muutokset, jotta ne säilyvät.</translation>
        </message>
    </context>
    <context>
        <name>PalveluverkkoAlgorithm</name>
        <message>
            <location filename="../processing/base.py" line="49" />
            <source>Workspace</source>
            <translation>Työtila</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="50" />
            <source>Catchments and accessibility</source>
            <translation>Vaikutusalueet ja saavutettavuus</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="51" />
            <source>Suitability and location</source>
            <translation>Soveltuvuus ja sijainti</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="52" />
            <source>Agency presence</source>
            <translation>Virastojen läsnäolo</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="53" />
            <source>Data sources</source>
            <translation>Tietolähteet</translation>
        </message>
        <message>
            <location filename="../processing/base.py" line="54" />
            <source>Reports</source>
            <translation>Raportit</translation>
        </message>
    </context>
    <context>
        <name>PalveluverkkoPlugin</name>
        <message>
            <location filename="../plugin.py" line="50" />
            <source>Create workspace…</source>
            <translation>Luo työtila…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="51" />
            <source>Open workspace…</source>
            <translation>Avaa työtila…</translation>
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
            <translation>Avaa työtila</translation>
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
            <translation>Palveluverkko: yhteisen asiakaspalveluverkon suunnittelu</translation>
        </message>
    </context>
    <context>
        <name>Presence</name>
        <message>
            <location filename="../core/presence.py" line="145" />
            <source>Choose a mode: staff, appointment or remote.</source>
            <translation>Valitse tapa: staff (oma henkilöstö), appointment (ajanvaraus) tai remote (etäpalvelu).</translation>
        </message>
        <message>
            <location filename="../core/presence.py" line="149" />
            <source>Days per week must be between 0 and 5.</source>
            <translation>Päiviä viikossa on oltava 0–5.</translation>
        </message>
        <message>
            <location filename="../core/presence.py" line="152" />
            <source>Annual visits must be a whole number, 0 or more.</source>
            <translation>Käyntejä vuodessa on oltava kokonaisluku, vähintään 0.</translation>
        </message>
        <message>
            <location filename="../core/presence.py" line="184" />
            <source>The agency presence layer is missing or invalid. Open a workspace first.</source>
            <translation>Virastojen läsnäolotaso puuttuu tai on virheellinen. Avaa ensin työtila.</translation>
        </message>
        <message>
            <location filename="../core/presence.py" line="187" />
            <source>The layer {} has no field(s) {}; it is not an agency presence layer.</source>
            <translation>Tasolla {} ei ole kenttää tai kenttiä {}; se ei ole virastojen läsnäolotaso.</translation>
        </message>
        <message>
            <location filename="../core/presence.py" line="193" />
            <source>The layer {} is read-only (the file may be write-protected, or the layer is set read-only in the project). Presence can be viewed but not edited.</source>
            <translation>Taso {} on vain luku -tilassa (tiedosto voi olla kirjoitussuojattu, tai taso on asetettu projektissa vain luettavaksi). Läsnäoloa voi katsella mutta ei muokata.</translation>
        </message>
        <message>
            <location filename="../core/presence.py" line="215" />
            <source>Presence rows {} of {} no longer exist (deleted elsewhere?); nothing was changed.</source>
            <translation>Läsnäolorivejä {} ei enää ole tasolla {} (poistettu muualla?); mitään ei muutettu.</translation>
        </message>
        <message>
            <location filename="../core/presence.py" line="221" />
            <source>Could not start editing the layer {}.</source>
            <translation>Tason {} muokkausta ei voitu aloittaa.</translation>
        </message>
        <message>
            <location filename="../core/presence.py" line="227" />
            <source>Could not delete presence rows from {}.</source>
            <translation>Läsnäolorivejä ei voitu poistaa tasolta {}.</translation>
        </message>
        <message>
            <location filename="../core/presence.py" line="231" />
            <source>Could not change the presence row {} of {}.</source>
            <translation>Läsnäoloriviä {} ei voitu muuttaa tasolla {}.</translation>
        </message>
        <message>
            <location filename="../core/presence.py" line="242" />
            <source>Could not add presence rows to {}.</source>
            <translation>Läsnäolorivejä ei voitu lisätä tasolle {}.</translation>
        </message>
        <message>
            <location filename="../core/presence_expression.py" line="148" />
            <source>palveluverkko_agencies: the project has no layer named agency_presence. Open a workspace first.</source>
            <translation>palveluverkko_agencies: projektissa ei ole agency_presence-nimistä tasoa. Avaa ensin työtila.</translation>
        </message>
        <message>
            <location filename="../core/presence_import.py" line="155" />
            <source>Saving {} failed, nothing was imported: {}</source>
            <translation>Tason {} tallennus epäonnistui, mitään ei tuotu: {}</translation>
        </message>
        <message>
            <location filename="../core/presence_import.py" line="174" />
            <source>Could not open {} for writing: {}</source>
            <translation>Tiedostoa {} ei voitu avata kirjoitettavaksi: {}</translation>
        </message>
        <message>
            <location filename="../core/presence_import.py" line="178" />
            <source>Could not start writing to {} in {}: {}</source>
            <translation>Kirjoittamista tauluun {} tiedostossa {} ei voitu aloittaa: {}</translation>
        </message>
        <message>
            <location filename="../core/presence_import.py" line="184" />
            <source>The presence row {} vanished from {}.</source>
            <translation>Läsnäolorivi {} katosi taulusta {}.</translation>
        </message>
        <message>
            <location filename="../core/presence_import.py" line="189" />
            <source>Could not update the presence row {}: {}</source>
            <translation>Läsnäoloriviä {} ei voitu päivittää: {}</translation>
        </message>
        <message>
            <location filename="../core/presence_import.py" line="196" />
            <source>Could not add a presence row ({}, {}): {}</source>
            <translation>Läsnäoloriviä ({}, {}) ei voitu lisätä: {}</translation>
        </message>
        <message>
            <location filename="../core/presence_import.py" line="199" />
            <source>Could not save the import into {}: {}</source>
            <translation>Tuontia ei voitu tallentaa tiedostoon {}: {}</translation>
        </message>
    </context>
    <context>
        <name>PresenceMatrixAlgorithm</name>
        <message>
            <location filename="../processing/alg_presencematrix.py" line="55" />
            <source>Presence matrix</source>
            <translation>Läsnäolomatriisi</translation>
        </message>
        <message>
            <location filename="../processing/alg_presencematrix.py" line="36" />
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
            <location filename="../processing/alg_presencematrix.py" line="51" />
            <source>Premises layer</source>
            <translation>Toimitilataso</translation>
        </message>
        <message>
            <location filename="../processing/alg_presencematrix.py" line="53" />
            <source>Agency presence table</source>
            <translation>Virastojen läsnäolotaulu</translation>
        </message>
        <message>
            <location filename="../processing/alg_presencematrix.py" line="66" />
            <source>The premises layer has no premises_id field.</source>
            <translation>Toimitilatasolla ei ole premises_id-kenttää.</translation>
        </message>
        <message>
            <location filename="../processing/alg_presencematrix.py" line="69" />
            <source>The presence table has no field(s) {}; choose an agency_presence table.</source>
            <translation>Läsnäolotaulusta puuttuu kenttä tai kentät {}; valitse agency_presence-taulu.</translation>
        </message>
        <message>
            <location filename="../processing/alg_presencematrix.py" line="116" />
            <source>{} premises id(s) of the presence table are not in the premises layer and were left out: {}</source>
            <translation>Läsnäolotaulun {} toimitilatunnusta puuttuu toimitilatasolta, ja ne jätettiin pois: {}</translation>
        </message>
    </context>
    <context>
        <name>Workspace</name>
        <message>
            <location filename="../core/project.py" line="77" />
            <source>Mode must be staff, appointment or remote.</source>
            <translation>Tavan on oltava staff (oma henkilöstö), appointment (ajanvaraus) tai remote (etäpalvelu).</translation>
        </message>
        <message>
            <location filename="../core/project.py" line="82" />
            <source>Days per week must be between 0 and 5.</source>
            <translation>Päiviä viikossa on oltava 0–5.</translation>
        </message>
        <message>
            <location filename="../core/project.py" line="87" />
            <source>Annual visits cannot be negative.</source>
            <translation>Käyntejä vuodessa ei voi olla negatiivinen määrä.</translation>
        </message>
        <message>
            <location filename="../core/project.py" line="108" />
            <source>Agency presence</source>
            <translation>Virastojen läsnäolo</translation>
        </message>
    </context>
</TS>
