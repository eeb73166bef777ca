#!/usr/bin/env python3
"""Adds or updates localized strings in a Spanish (neutral) / English .resx pair.

Usage: scripts/add-strings.py src/MirpsPractices.Web/Resources/SharedResource  strings.tsv
       (TSV lines: key<TAB>spanish<TAB>english; creates the .resx pair when missing)
   or: scripts/add-strings.py <base> <key> <spanish> <english>
"""
import sys, os
import xml.etree.ElementTree as ET

HEADER = """<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype"><value>text/microsoft-resx</value></resheader>
  <resheader name="version"><value>2.0</value></resheader>
  <resheader name="reader"><value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
  <resheader name="writer"><value>System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value></resheader>
</root>
"""

def load(path):
    if not os.path.exists(path):
        with open(path, "w", encoding="utf-8") as f:
            f.write(HEADER)
    return ET.parse(path)

def upsert(tree, key, value):
    root = tree.getroot()
    for data in root.findall("data"):
        if data.get("name") == key:
            data.find("value").text = value
            return
    data = ET.SubElement(root, "data", {"name": key, "xml:space": "preserve"})
    ET.SubElement(data, "value").text = value

def save(tree, path):
    root = tree.getroot()
    datas = sorted(root.findall("data"), key=lambda d: d.get("name"))
    for d in root.findall("data"):
        root.remove(d)
    for d in datas:
        root.append(d)
    ET.indent(tree, "  ")
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "a", encoding="utf-8") as f:
        f.write("\n")

def main():
    base = sys.argv[1]
    if len(sys.argv) == 3:
        rows = []
        with open(sys.argv[2], encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if not line.strip() or line.startswith("#"):
                    continue
                parts = line.split("\t")
                if len(parts) != 3:
                    sys.exit(f"bad line (need key<TAB>es<TAB>en): {line!r}")
                rows.append(parts)
    elif len(sys.argv) == 5:
        rows = [sys.argv[2:5]]
    else:
        sys.exit(__doc__)
    es_path, en_path = base + ".resx", base + ".en.resx"
    es, en = load(es_path), load(en_path)
    for key, es_text, en_text in rows:
        upsert(es, key, es_text)
        upsert(en, key, en_text)
    save(es, es_path)
    save(en, en_path)
    print(f"{len(rows)} strings in {es_path} and {en_path}")

if __name__ == "__main__":
    main()
