/*
 * Applies the @nestjs/swagger CLI plugin under ts-jest, as `nest build` does (the documented ts-jest
 * integration), so the OpenAPI document tests read has the DTOs' real schemas. The plugin's options
 * are read from nest-cli.json: one place for both.
 */
const { createHash } = require('node:crypto');
const plugin = require('@nestjs/swagger/plugin');
const { compilerOptions } = require('./nest-cli.json');

const options = compilerOptions.plugins.find((p) => p.name === '@nestjs/swagger').options;

module.exports.name = 'nestjs-swagger-plugin';
// Part of ts-jest's cache key: files are transformed again when the options change.
module.exports.version = createHash('sha256').update(JSON.stringify(options)).digest('hex').slice(0, 12);
module.exports.factory = (tsCompiler) => plugin.before(options, tsCompiler.program);
