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
            <location filename="../plugin.py" line="48" />
            <source>Create workspace…</source>
            <translation>Luo työtila…</translation>
        </message>
        <message>
            <location filename="../plugin.py" line="49" />
            <source>Open workspace…</source>
            <translation>Avaa työtila…</translation>
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
            <translation>Avaa työtila</translation>
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
            <translation>Palveluverkko: yhteisen asiakaspalveluverkon suunnittelu</translation>
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
