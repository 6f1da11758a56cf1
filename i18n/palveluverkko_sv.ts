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
            <location filename="../plugin.py" line="48" />
            <source>Create workspace…</source>
            <translation>Skapa arbetsyta…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="49" />
            <source>Open workspace…</source>
            <translation>Öppna arbetsyta…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="55" />
            <source>&amp;Palveluverkko</source>
            <translation>&amp;Palveluverkko</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="119" />
            <source>Palveluverkko</source>
            <translation>Palveluverkko</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="111" />
            <source>Open workspace</source>
            <translation>Öppna arbetsyta</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="111" />
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
